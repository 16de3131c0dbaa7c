import { createShortLinkSchema, type ShortLinkCreated } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import express from 'express';
import { badRequest } from '../../http/errors.ts';
import { parseInput } from '../../http/validate.ts';
import { CAMPAIGN_ROLES, requireAnyRole } from '../staff-access.ts';
import type { LinkRegistry } from './registry.ts';
import { resolveLinkTarget } from './targets.ts';

export interface LinksApiDeps {
  kb: KnowledgeBase;
  links: LinkRegistry;
  publicOrigin: string;
  allowedOrigins: readonly string[];
}

/** /api/campaign/links: editors and supervisors list and create short links (code derived like the CLI's). */
export function linksApi(deps: LinksApiDeps): express.Router {
  const router = express.Router();
  const access = requireAnyRole(CAMPAIGN_ROLES, deps.allowedOrigins);
  router.get('/links', ...access, async (_req, res) => {
    res.json({ links: await deps.links.list() });
  });
  router.post('/links', ...access, async (req, res) => {
    const input = parseInput(createShortLinkSchema, req.body, 'body');
    if (!resolveLinkTarget(deps.kb, input.target))
      throw badRequest('invalid body: target: no such guide or life event in the directory');
    const { link, created } = await deps.links.create(input);
    const body: ShortLinkCreated = { ...link, url: `${deps.publicOrigin}/s/${link.code}`, created };
    res.status(created ? 201 : 200).json(body);
  });
  return router;
}
