import { shortCodeSchema, type AnalyticsEventInput } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import express from 'express';
import type { Logger } from '../../logger.ts';
import { sendUnknownLink } from './not-found-page.ts';
import type { LinkRegistry } from './registry.ts';
import { resolveLinkTarget } from './targets.ts';
import { setCampaignCookie } from './visit-campaign.ts';

/** The redirect waits at most this long for the visit to be stored. */
const RECORD_WAIT_MS = 1000;

export interface RedirectDeps {
  kb: KnowledgeBase;
  links: LinkRegistry;
  record(event: AnalyticsEventInput): Promise<void>;
  secureCookie: boolean;
  logger: Logger;
}

/** Codes are read off posters: accept capitals, spaces and dashes, and Crockford's look-alikes (I, L → 1; O → 0). */
export function normaliseCode(raw: string): string {
  return raw.toLowerCase().replace(/[\s-]/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
}

/** GET /s/<code>: counts a campaign visit and sends the citizen to the guide or life-event page. */
export function shortLinkRouter(deps: RedirectDeps): express.Router {
  const router = express.Router();
  router.get('/s/:code', async (req, res) => {
    const code = shortCodeSchema.safeParse(normaliseCode(req.params.code.slice(0, 40)));
    const link = code.success ? await deps.links.find(code.data) : undefined;
    const target = link && resolveLinkTarget(deps.kb, link.target);
    if (!link || !target) return sendUnknownLink(req, res);
    if (req.method === 'GET') {
      const visit: AnalyticsEventInput = {
        type: 'campaign_visit',
        channel: 'web',
        lang: target.lang,
        campaign: link.campaign,
        placement: link.placement,
        ...(target.kind === 'service' ? { slug: target.slug } : {}),
      };
      await Promise.race([
        deps.record(visit).catch(() => deps.logger.warn({ code: link.code }, 'campaign visit not recorded')),
        new Promise<void>((resolve) => setTimeout(resolve, RECORD_WAIT_MS).unref()),
      ]);
      setCampaignCookie(res, link.campaign, deps.secureCookie);
    }
    // Only a path of our own directory, checked against the knowledge base: never an open redirect.
    res.set('Cache-Control', 'no-store').redirect(302, target.path);
  });
  return router;
}
