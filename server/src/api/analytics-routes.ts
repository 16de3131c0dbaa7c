import {
  analyticsEventSchema,
  gapsQuerySchema,
  gapTaskInputSchema,
  gapTaskUpdateSchema,
  insightsQuerySchema,
  langSchema,
  openDataQuerySchema,
  popularityQuerySchema,
  type AnalyticsEventInput,
  type StaffRole,
} from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import { Router, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Analytics } from '../analytics/index.ts';
import { insightsToCsv } from '../analytics/csv.ts';
import { computeInsights } from '../analytics/insights.ts';
import { openDataServiceUsage, openDataToCsv } from '../analytics/open-data.ts';
import { reviewsDue } from '../analytics/reviews.ts';
import type { Db } from '../db/client.ts';
import { computeGaps, createTask, setTaskStatus } from '../gaps/index.ts';
import { badRequest, forbidden, notFound } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { requireStaff } from '../staff/middleware.ts';
import { roleAllows } from '../staff/roles.ts';

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

export function analyticsRouter(analytics: Analytics, kb: KnowledgeBase, db?: Db): Router {
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

  if (db) {
    // Public open data: aggregate counts only, small counts suppressed (see server/src/analytics/README.md).
    router.get('/open-data/service-usage.:format', async (req, res) => {
      const format = req.params.format;
      if (format !== 'json' && format !== 'csv') throw notFound('no such open-data format (json, csv)');
      const { months } = parseInput(openDataQuerySchema, req.query, 'query');
      const data = await openDataServiceUsage(db, months);
      res.set('Cache-Control', 'public, max-age=3600');
      if (format === 'json') return void res.json(data);
      res
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', 'attachment; filename="sofia-service-usage.csv"')
        .send(openDataToCsv(data));
    });
  }
  return router;
}

/** Signed in with one of the roles (admins have them all); changes also need Origin and CSRF token. */
function requireAnyRole(roles: StaffRole[], allowedOrigins: readonly string[]): RequestHandler[] {
  return [
    requireStaff('any', allowedOrigins),
    (_req, res, next) => {
      const role = res.locals.staff!.user.role;
      if (!roles.some((r) => roleAllows(role, r)))
        throw forbidden(`needs one of the roles ${roles.join(', ')}`);
      next();
    },
  ];
}

/** `ui` picks the language of service titles; everything else is the query's own. */
function splitUi(req: Request): { ui: 'bg' | 'en'; rest: Record<string, unknown> } {
  const { ui, ...rest } = req.query as Record<string, unknown>;
  const parsed = langSchema.safeParse(ui ?? 'bg');
  if (!parsed.success) throw badRequest('invalid query: ui: must be bg or en');
  return { ui: parsed.data, rest };
}

const idParams = z.object({ id: z.string().min(1).max(64) });

/**
 * /api/analytics (staff): the popularity dashboard and its CSV, guides past their review date, and the
 * knowledge-gap loop. Supervisors and editors read; editors (and admins) turn gap groups into tasks.
 */
export function staffAnalyticsRouter(db: Db, kb: KnowledgeBase, allowedOrigins: readonly string[]): Router {
  const router = Router();
  const reader = requireAnyRole(['supervisor', 'editor'], allowedOrigins);
  const editor = requireAnyRole(['editor'], allowedOrigins);

  router.get('/insights', ...reader, async (req, res) => {
    const { ui, rest } = splitUi(req);
    res.json(await computeInsights(db, kb, parseInput(insightsQuerySchema, rest, 'query'), ui));
  });
  router.get('/insights.csv', ...reader, async (req, res) => {
    const { ui, rest } = splitUi(req);
    const data = await computeInsights(db, kb, parseInput(insightsQuerySchema, rest, 'query'), ui);
    res
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="service-usage-${data.from}-${data.to}.csv"`)
      .send(insightsToCsv(data));
  });
  router.get('/reviews', ...reader, (req, res) => {
    const { ui, rest } = splitUi(req);
    parseInput(z.object({}).strict(), rest, 'query');
    res.json(reviewsDue(kb, ui));
  });
  router.get('/gaps', ...reader, async (req, res) => {
    const { rest } = splitUi(req);
    const { days } = parseInput(gapsQuerySchema, rest, 'query');
    res.json(await computeGaps(db, kb, days));
  });
  router.post('/gaps/tasks', ...editor, async (req, res) => {
    const input = parseInput(gapTaskInputSchema, req.body, 'body');
    if (input.slug && input.type !== 'new_guide' && !kb.getService(input.slug))
      throw badRequest(`invalid body: slug: unknown service "${input.slug}"`);
    res.status(201).json(await createTask(db, input, res.locals.staff!.user.id));
  });
  router.patch('/gaps/tasks/:id', ...editor, async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    const { status } = parseInput(gapTaskUpdateSchema, req.body, 'body');
    const task = await setTaskStatus(db, id, status);
    if (!task) throw notFound('no such gap task');
    res.json(task);
  });
  return router;
}
