import { cannedReplyInputSchema, langSchema, statsQuerySchema } from '@hub/contract';
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { notFound } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { requireStaff } from '../staff/middleware.ts';
import { roleAllows } from '../staff/roles.ts';
import { auditHelpdesk } from './audit.ts';
import { createCanned, deleteCanned, listCanned, updateCanned } from './canned.ts';
import { statsToCsv } from './csv.ts';
import type { HelpdeskRuntime } from './plugin.ts';
import { computeStats } from './stats.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const langQuery = z.object({ lang: langSchema.optional() }).strict();

/**
 * /api/helpdesk: canned replies (supervisors edit; CSRF and Origin checked by requireStaff), supervisor
 * stats and CSV export, practice scenarios and session history. Mount after loadStaffSession.
 */
export function helpdeskRouter(
  db: Db,
  runtime: HelpdeskRuntime,
  allowedOrigins: readonly string[],
  limit: number,
): Router {
  const router = Router();
  const agent = requireStaff('agent', allowedOrigins);
  const supervisor = requireStaff('supervisor', allowedOrigins);
  const actor = (res: Parameters<RequestHandler>[1]) => res.locals.staff!.user.id;

  router.get('/canned', agent, async (req, res) => {
    const { lang } = parseInput(langQuery, req.query, 'query');
    res.json({ replies: await listCanned(db, lang) });
  });
  router.post('/canned', supervisor, async (req, res) => {
    const input = parseInput(cannedReplyInputSchema, req.body, 'body');
    const reply = await createCanned(db, input, actor(res));
    await auditHelpdesk(db, {
      actorId: actor(res),
      action: 'helpdesk.canned_changed',
      targetType: 'canned_reply',
      targetId: reply.id,
    });
    res.status(201).json(reply);
  });
  router.put('/canned/:id', supervisor, async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    const input = parseInput(cannedReplyInputSchema, req.body, 'body');
    const reply = await updateCanned(db, id, input, actor(res));
    if (!reply) throw notFound('no such canned reply');
    await auditHelpdesk(db, {
      actorId: actor(res),
      action: 'helpdesk.canned_changed',
      targetType: 'canned_reply',
      targetId: id,
    });
    res.json(reply);
  });
  router.delete('/canned/:id', supervisor, async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    if (!(await deleteCanned(db, id))) throw notFound('no such canned reply');
    await auditHelpdesk(db, {
      actorId: actor(res),
      action: 'helpdesk.canned_changed',
      targetType: 'canned_reply',
      targetId: id,
    });
    res.status(204).end();
  });

  router.get('/stats', supervisor, async (req, res) => {
    const { days } = parseInput(statsQuerySchema, req.query, 'query');
    res.json(await computeStats(db, runtime.presence, { days, limit }));
  });
  router.get('/stats.csv', supervisor, async (req, res) => {
    const { days } = parseInput(statsQuerySchema, req.query, 'query');
    const stats = await computeStats(db, runtime.presence, { days, limit });
    await auditHelpdesk(db, { actorId: actor(res), action: 'helpdesk.stats_exported', detail: { days } });
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader(
      'content-disposition',
      `attachment; filename="helpdesk-${stats.generatedAt.slice(0, 10)}.csv"`,
    );
    res.send(`\uFEFF${statsToCsv(stats)}`);
  });

  router.get('/training/scenarios', agent, (_req, res) => {
    res.json({ scenarios: runtime.training.scenarios() });
  });
  // Supervisors see everyone's practice history; a trainee sees their own.
  router.get('/training/sessions', agent, async (_req, res) => {
    const user = res.locals.staff!.user;
    res.json({
      sessions: await runtime.training.history(roleAllows(user.role, 'supervisor') ? null : user.id),
    });
  });
  return router;
}
