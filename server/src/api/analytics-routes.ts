import { analyticsEventSchema, popularityQuerySchema, type AnalyticsEventInput } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import { Router } from 'express';
import type { Analytics } from '../analytics/index.ts';
import { badRequest } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';

/** Events about services or districts that do not exist would only pollute the popularity figures. */
function checkReferences(
  event: AnalyticsEventInput,
  kb: KnowledgeBase,
  districts: ReadonlySet<string>,
): void {
  const slug = 'slug' in event ? event.slug : undefined;
  if (slug !== undefined && !kb.getService(slug))
    throw badRequest(`invalid body: slug: unknown service "${slug}"`);
  if (event.district !== undefined && !districts.has(event.district)) {
    throw badRequest(`invalid body: district: unknown district "${event.district}"`);
  }
}

export function analyticsRouter(analytics: Analytics, kb: KnowledgeBase): Router {
  const router = Router();
  const districts = new Set(kb.districts.map((d) => d.slug));

  router.post('/events', async (req, res) => {
    const event = parseInput(analyticsEventSchema, req.body, 'body');
    checkReferences(event, kb, districts);
    await analytics.record(event);
    res.status(202).json({ accepted: true });
  });

  router.get('/popularity', async (req, res) => {
    const query = parseInput(popularityQuerySchema, req.query, 'query');
    res.json(await analytics.popularity(query));
  });

  return router;
}
