import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { posterQuerySchema, type PosterQuery } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import express from 'express';
import { notFound, unavailable } from '../../http/errors.ts';
import { parseInput } from '../../http/validate.ts';
import { safeError, type Logger } from '../../logger.ts';
import type { LinkRegistry } from '../links/registry.ts';
import { CAMPAIGN_ROLES, requireAnyRole } from '../staff-access.ts';

/** Writes the poster PDF for a service with the QR code to `url`; returns the PDF's path. */
export type PosterMaker = (input: {
  slug: string;
  format: PosterQuery['format'];
  english: boolean;
  campaign: string;
  placement: string;
  publicOrigin: string;
  outDir: string;
}) => Promise<string>;

export interface PosterApiDeps {
  kb: KnowledgeBase;
  links: LinkRegistry;
  publicOrigin: string;
  allowedOrigins: readonly string[];
  /** DATA_DIR/campaign: posters/ (PDF, SVG, .link.json as the CLI writes them) and cache/ (by content hash). */
  campaignDir: string;
  makePoster: PosterMaker;
  logger: Logger;
}

/** Bump when the poster's look changes, so cached PDFs are made again. */
const POSTER_CACHE_VERSION = 1;

/**
 * GET /api/campaign/poster?slug=…&format=a4|a3|banner&lang=bg|bg-en (editors, supervisors): the print PDF.
 * Its short link is registered first, so the QR code works the moment the poster is printed. PDFs are cached by
 * a hash of the guide, the format and the link; one is made at a time.
 */
export function posterApi(deps: PosterApiDeps): express.Router {
  const router = express.Router();
  const inFlight = new Map<string, Promise<string>>();
  let queue: Promise<unknown> = Promise.resolve();

  router.get('/poster', ...requireAnyRole(CAMPAIGN_ROLES, deps.allowedOrigins), async (req, res) => {
    const q = parseInput(posterQuerySchema, req.query, 'query');
    const service = deps.kb.getService(q.slug);
    if (!service) throw notFound('no such service');
    const placement = q.placement ?? q.format;
    const target = `/services/${service.slug}`;
    const { link } = await deps.links.create({ target, campaign: q.campaign, placement });
    const key = createHash('sha256')
      .update(
        JSON.stringify([POSTER_CACHE_VERSION, service.guides, q.format, q.lang, deps.publicOrigin, link]),
      )
      .digest('hex')
      .slice(0, 40);
    const cached = path.join(deps.campaignDir, 'cache', `${key}.pdf`);
    const exists = await fs.stat(cached).then(
      () => true,
      () => false,
    );
    if (!exists) {
      let making = inFlight.get(key);
      if (!making) {
        making = (queue = queue.then(async () => {
          const pdf = await deps.makePoster({
            slug: service.slug,
            format: q.format,
            english: q.lang === 'bg-en',
            campaign: q.campaign,
            placement,
            publicOrigin: deps.publicOrigin,
            outDir: path.join(deps.campaignDir, 'posters'),
          });
          await fs.mkdir(path.dirname(cached), { recursive: true });
          await fs.copyFile(pdf, cached);
          return cached;
        })) as Promise<string>;
        queue = making.catch(() => undefined);
        inFlight.set(key, making);
        void making.finally(() => inFlight.delete(key)).catch(() => undefined);
      }
      try {
        await making;
      } catch (error) {
        deps.logger.warn({ slug: service.slug, error: safeError(error) }, 'poster could not be made');
        throw unavailable('the poster could not be made on this server (Chromium missing or failing)');
      }
    }
    const name = `${service.slug}-${q.format}${q.lang === 'bg-en' ? '-bg-en' : ''}-${link.code}.pdf`;
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
      'X-Short-Link': `${deps.publicOrigin}/s/${link.code}`,
    });
    res.sendFile(cached);
  });
  return router;
}

/** The real poster maker: the campaign kit (Chromium), loaded on first use. */
export const campaignPosterMaker =
  (kb: KnowledgeBase): PosterMaker =>
  async (input) => {
    const { makePoster } = await import('@hub/campaign');
    const files = await makePoster({
      kb,
      target: input.slug,
      size: input.format,
      english: input.english,
      campaign: input.campaign,
      placement: input.placement,
      publicOrigin: input.publicOrigin,
      outDir: input.outDir,
    });
    return files.pdf;
  };
