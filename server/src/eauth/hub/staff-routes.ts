import type { EauthInfo, LevelOfAssurance, StaffEauthLinkDto, StaffEauthStatus } from '@hub/contract';
import { Router, type RequestHandler } from 'express';
import type { SharedCounterStore } from '../../cluster/index.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import type { SessionCookie } from '../../staff/cookie.ts';
import { requireStaff } from '../../staff/middleware.ts';
import { createSession } from '../../staff/sessions.ts';
import { safeReturnPath } from '../return-path.ts';
import { auditEauth } from './audit.ts';
import { withOutcome } from './return-marker.ts';
import { issueLinkCode, redeemTicket } from './staff-login.ts';

const CONSOLE = '/apps/helpdesk/';
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** GET /eauth/staff-session?ticket=…&next=…: the accepted login's one-time ticket becomes a session cookie. */
export function staffSessionRoute(deps: {
  db: Db;
  shared: SharedCounterStore;
  cookie: SessionCookie;
  ttlHours: number;
}): RequestHandler {
  return async (req, res) => {
    const next = safeReturnPath(req.query.next) ?? CONSOLE;
    res.setHeader('Cache-Control', 'no-store');
    const userId = await redeemTicket(deps.shared, req.query.ticket);
    const user = userId ? await deps.db.staffUser.findUnique({ where: { id: userId } }) : null;
    if (!user?.active) {
      res.redirect(303, withOutcome(next, 'session_expired'));
      return;
    }
    const session = await createSession(deps.db, user.id, deps.ttlHours);
    await deps.db.staffUser.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await auditEauth(deps.db, { actorId: user.id, action: 'staff.login', detail: { provider: 'eauth' } });
    res.cookie(deps.cookie.name, session.token, deps.cookie.options);
    res.redirect(303, withOutcome(next, 'ok'));
  };
}

/** /api/eauth: `GET /info` for everyone; admins issue and revoke staff links (never seeing an ЕГН). */
export function staffApiRouter(deps: {
  db: Db;
  allowedOrigins: readonly string[];
  levels: LevelOfAssurance[];
}): Router {
  const { db } = deps;
  const router = Router();
  const admin = requireStaff('admin', deps.allowedOrigins);

  router.get('/info', (_req, res) => {
    const body: EauthInfo = { enabled: true, levels: deps.levels };
    res.json(body);
  });

  router.get('/staff-links', admin, async (_req, res) => {
    const [users, links] = await Promise.all([
      db.staffUser.findMany({
        where: { active: true },
        select: { id: true, displayName: true, email: true, role: true },
        orderBy: { displayName: 'asc' },
      }),
      db.staffEauthLink.findMany(),
    ]);
    const byUser = new Map(links.map((l) => [l.staffUserId, l]));
    const now = Date.now();
    res.json({
      users: users.map((u) => {
        const link = byUser.get(u.id);
        const status: StaffEauthStatus = {
          staffUserId: u.id,
          linked: Boolean(link?.pseudonym),
          pending: Boolean(link?.codeExpiresAt && link.codeExpiresAt.getTime() > now),
        };
        return { ...u, ...status };
      }),
    });
  });

  router.post('/staff-links/:id', admin, async (req, res) => {
    const id = String(req.params.id);
    if (!ID.test(id) || !(await db.staffUser.findUnique({ where: { id } })))
      throw notFound('no such staff user');
    const { code, expiresAt } = await issueLinkCode(db, id, res.locals.staff!.user.id);
    const body: StaffEauthLinkDto = { staffUserId: id, code, expiresAt: expiresAt.toISOString() };
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(body);
  });

  router.delete('/staff-links/:id', admin, async (req, res) => {
    const id = String(req.params.id);
    if (!ID.test(id)) throw notFound('no such staff user');
    await db.staffEauthLink.deleteMany({ where: { staffUserId: id } });
    await auditEauth(db, {
      actorId: res.locals.staff!.user.id,
      action: 'staff.eauth_unlinked',
      targetId: id,
    });
    res.status(204).end();
  });

  return router;
}

/** /api/eauth when eAuth is off: the console asks and hides its button, without a 404. */
export function eauthOffApi(): Router {
  const router = Router();
  router.get('/info', (_req, res) => {
    const body: EauthInfo = { enabled: false, levels: [] };
    res.json(body);
  });
  return router;
}
