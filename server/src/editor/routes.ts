import {
  exportQuerySchema,
  newDraftSchema,
  previewRequestSchema,
  restoreSchema,
  reviewDecisionSchema,
  updateDraftSchema,
  validateGuideSchema,
  type EditorGuideDto,
  type EditorGuideSummary,
  type GuideSources,
  type RevisionDiffDto,
} from '@hub/contract';
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { requireStaff } from '../staff/middleware.ts';
import { exportGuides } from './export.ts';
import { lineDiff } from './line-diff.ts';
import type { LiveKnowledgeBase } from './live-kb.ts';
import { previewGuide } from './preview.ts';
import { checkGuide } from './problems.ts';
import { OPEN, presentDetail, presentRevisions, VERSIONS, type RevisionRow } from './revisions.ts';
import { fileSources, liveSources } from './sources.ts';
import { canEdit, type Actor, type Workflow } from './workflow.ts';

const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });
const idParams = z.object({ id: z.string().min(1).max(64) });

export interface EditorRouteDeps {
  db: Db;
  kb: LiveKnowledgeBase;
  workflow: Workflow;
  allowedOrigins: readonly string[];
  publicOrigin: string;
}

/** /api/editor: guides, drafts, review, versions, roll-back, preview, export. Mount after loadStaffSession. */
export function editorRouter(deps: EditorRouteDeps): Router {
  const { db, kb, workflow } = deps;
  const router = Router();
  router.use(requireStaff('any', deps.allowedOrigins), (_req, res, next) => {
    if (!canEdit(res.locals.staff!.user.role)) throw forbidden('needs the editor or supervisor role');
    next();
  });
  const actor = (res: Response): Actor => ({
    id: res.locals.staff!.user.id,
    role: res.locals.staff!.user.role,
  });
  const detail = async (res: Response, row: RevisionRow, status = 200) =>
    res.status(status).json(await presentDetail(db, row));

  router.get('/guides', async (_req, res) => {
    const [published, open] = await Promise.all([
      db.guideRevision.findMany({ where: { status: 'published' }, select: { slug: true, id: true } }),
      db.guideRevision.groupBy({ by: ['slug'], where: { status: { in: OPEN } }, _count: { _all: true } }),
    ]);
    const live = new Map(published.map((p) => [p.slug, p.id]));
    const counts = new Map(open.map((o) => [o.slug, o._count._all]));
    const guides: EditorGuideSummary[] = kb.services.map((s) => ({
      slug: s.slug,
      title: { bg: s.guides.bg.title, en: s.guides.en.title },
      category: s.category,
      depth: s.depth,
      lastReviewed: s.guides.bg.lastReviewed,
      publishedRevisionId: live.get(s.slug) ?? null,
      openRevisions: counts.get(s.slug) ?? 0,
    }));
    res.json({ guides });
  });

  router.get('/guides/:slug', async (req, res) => {
    const { slug } = parseInput(slugParams, req.params, 'params');
    const service = kb.getService(slug);
    const live = service ? await liveSources(db, kb, slug) : undefined;
    if (!service || !live) throw notFound('no such guide');
    const open = await db.guideRevision.findMany({
      where: { slug, status: { in: OPEN } },
      orderBy: { updatedAt: 'desc' },
    });
    const body: EditorGuideDto = {
      slug,
      title: { bg: service.guides.bg.title, en: service.guides.en.title },
      sources: live.sources,
      publishedRevisionId: live.revisionId,
      lastReviewed: service.guides.bg.lastReviewed,
      open: await presentRevisions(db, open),
    };
    res.json(body);
  });

  router.get('/guides/:slug/versions', async (req, res) => {
    const { slug } = parseInput(slugParams, req.params, 'params');
    if (!kb.getService(slug)) throw notFound('no such guide');
    const rows = await db.guideRevision.findMany({
      where: { slug, status: { in: VERSIONS } },
      orderBy: { publishedAt: 'desc' },
      take: 200,
    });
    res.json({ revisions: await presentRevisions(db, rows) });
  });

  router.post('/guides/:slug/restore', async (req, res) => {
    const { slug } = parseInput(slugParams, req.params, 'params');
    const input = parseInput(restoreSchema, req.body, 'body');
    await detail(res, await workflow.restore(actor(res), slug, input.revisionId, input.note), 201);
  });

  router.post('/validate', (req, res) => {
    const input = parseInput(validateGuideSchema, req.body, 'body');
    if (!kb.getService(input.slug)) throw notFound('no such guide');
    res.json({ problems: checkGuide(kb, input.slug, input.sources).problems });
  });

  router.post('/preview', (req, res) => {
    const input = parseInput(previewRequestSchema, req.body, 'body');
    if (!kb.getService(input.slug)) throw notFound('no such guide');
    res.json(previewGuide(kb, input, deps.publicOrigin));
  });

  router.get('/queue', async (_req, res) => {
    const me = actor(res).id;
    const [review, mine] = await Promise.all([
      db.guideRevision.findMany({
        where: { status: 'in_review', authorId: { not: me } },
        orderBy: { submittedAt: 'asc' },
      }),
      db.guideRevision.findMany({
        where: { status: { in: OPEN }, authorId: me },
        orderBy: { updatedAt: 'desc' },
      }),
    ]);
    res.json({ review: await presentRevisions(db, review), mine: await presentRevisions(db, mine) });
  });

  router.post('/drafts', async (req, res) => {
    await detail(
      res,
      await workflow.createDraft(actor(res), parseInput(newDraftSchema, req.body, 'body')),
      201,
    );
  });

  router.get('/revisions/:id', async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    const row = await db.guideRevision.findUnique({ where: { id } });
    if (!row) throw notFound('no such revision');
    await detail(res, row);
  });

  router.put('/revisions/:id', async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    await detail(
      res,
      await workflow.updateDraft(actor(res), id, parseInput(updateDraftSchema, req.body, 'body')),
    );
  });

  router.delete('/revisions/:id', async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    await workflow.discard(actor(res), id);
    res.status(204).end();
  });

  router.post('/revisions/:id/submit', async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    await detail(res, await workflow.submit(actor(res), id));
  });

  router.post('/revisions/:id/review', async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    await detail(
      res,
      await workflow.review(actor(res), id, parseInput(reviewDecisionSchema, req.body, 'body')),
    );
  });

  /** What a revision changed: against the version it was written on (a revision, or the repository file). */
  router.get('/revisions/:id/diff', async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    const row = await db.guideRevision.findUnique({ where: { id } });
    if (!row) throw notFound('no such revision');
    const base = row.baseRevisionId
      ? await db.guideRevision.findUnique({ where: { id: row.baseRevisionId } })
      : null;
    const before: GuideSources = base
      ? { bg: base.bgSource, en: base.enSource }
      : (fileSources(kb, row.slug) ?? { bg: '', en: '' });
    const body: RevisionDiffDto = {
      againstId: base?.id ?? null,
      bg: lineDiff(before.bg, row.bgSource),
      en: lineDiff(before.en, row.enSource),
    };
    res.json(body);
  });

  router.get('/export', async (req, res) => {
    const { scope } = parseInput(exportQuerySchema, req.query, 'query');
    res.json(await exportGuides(db, kb, scope));
  });

  return router;
}
