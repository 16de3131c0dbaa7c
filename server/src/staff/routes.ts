import {
  auditQuerySchema,
  changePasswordSchema,
  createStaffUserSchema,
  loginRequestSchema,
  type AuditList,
  type StaffSessionDto,
} from '@hub/contract';
import { Router } from 'express';
import type { Db } from '../db/client.ts';
import { conflict, forbidden, HttpError } from '../http/errors.ts';
import type { Store } from 'express-rate-limit';
import { limitRequests } from '../http/rate-limit.ts';
import { isAllowedOrigin } from '../http/security.ts';
import { parseInput } from '../http/validate.ts';
import { recordAudit } from './audit.ts';
import type { SessionCookie } from './cookie.ts';
import type { IdentityProvider } from './identity.ts';
import { requireStaff } from './middleware.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createSession, destroySession } from './sessions.ts';
import { createLocalUser, findUserByEmail, normaliseEmail, toStaffUserDto } from './users.ts';

export interface StaffRouteOptions {
  db: Db;
  identity: IdentityProvider;
  cookie: SessionCookie;
  sessionTtlHours: number;
  allowedOrigins: readonly string[];
  loginAttemptsPer15Min: number;
  /** Where failed-login counters live (shared across nodes in multi-node mode). */
  loginLimitStore?: Store | undefined;
  /** Failed-login counters per account (shared across nodes in multi-node mode). */
  accountLimitStore?: Store | undefined;
}

export function staffRouter(options: StaffRouteOptions): Router {
  const { db, cookie } = options;
  const router = Router();
  // Failed attempts only: a colleague who types the password right is never locked out.
  const loginLimit = limitRequests({
    windowMs: 15 * 60_000,
    limit: options.loginAttemptsPer15Min,
    skipSuccessfulRequests: true,
    store: options.loginLimitStore,
  });

  // Per account too: guessing one colleague's password from many addresses locks that account for the window.
  const accountLimit = limitRequests({
    windowMs: 15 * 60_000,
    limit: options.loginAttemptsPer15Min * 2,
    skipSuccessfulRequests: true,
    store: options.accountLimitStore,
    key: (req) => {
      const email = (req.body as { email?: unknown } | undefined)?.email;
      return typeof email === 'string' && email
        ? `account:${normaliseEmail(email).slice(0, 320)}`
        : undefined;
    },
  });

  router.post('/login', loginLimit, accountLimit, async (req, res) => {
    if (!isAllowedOrigin(req.headers.origin, options.allowedOrigins))
      throw forbidden('cross-origin request refused');
    const credentials = parseInput(loginRequestSchema, req.body, 'body');
    const user = await options.identity.authenticate(credentials);
    if (!user) {
      await recordAudit(db, {
        actorId: null,
        action: 'staff.login_failed',
        detail: { provider: options.identity.id },
      });
      throw new HttpError(401, 'unauthorized', 'wrong e-mail or password');
    }
    const session = await createSession(db, user.id, options.sessionTtlHours);
    await db.staffUser.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(db, {
      actorId: user.id,
      action: 'staff.login',
      detail: { provider: options.identity.id },
    });
    res.cookie(cookie.name, session.token, cookie.options);
    const body: StaffSessionDto = { user: toStaffUserDto(user), csrfToken: session.csrfToken };
    res.json(body);
  });

  router.post('/logout', requireStaff('any', options.allowedOrigins), async (_req, res) => {
    await destroySession(db, res.locals.sessionToken!);
    await recordAudit(db, { actorId: res.locals.staff!.user.id, action: 'staff.logout' });
    res.clearCookie(cookie.name, { ...cookie.options, maxAge: undefined });
    res.status(204).end();
  });

  router.get('/me', requireStaff('any', options.allowedOrigins), (_req, res) => {
    const session = res.locals.staff!;
    const body: StaffSessionDto = { user: toStaffUserDto(session.user), csrfToken: session.csrfToken };
    res.json(body);
  });

  router.post('/users', requireStaff('admin', options.allowedOrigins), async (req, res) => {
    const input = parseInput(createStaffUserSchema, req.body, 'body');
    if (await findUserByEmail(db, input.email)) throw conflict('a user with this e-mail exists');
    const user = await createLocalUser(db, input);
    await recordAudit(db, {
      actorId: res.locals.staff!.user.id,
      action: 'staff.user_created',
      targetType: 'staff_user',
      targetId: user.id,
      detail: { role: user.role },
    });
    res.status(201).json(toStaffUserDto(user));
  });

  // Changing the password ends every other session of the account (e.g. a stolen one).
  router.post('/password', requireStaff('any', options.allowedOrigins), async (req, res) => {
    const input = parseInput(changePasswordSchema, req.body, 'body');
    const session = res.locals.staff!;
    const user = await db.staffUser.findUniqueOrThrow({ where: { id: session.user.id } });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new HttpError(403, 'forbidden', 'the current password is wrong');
    }
    await db.$transaction([
      db.staffUser.update({
        where: { id: user.id },
        data: { passwordHash: await hashPassword(input.newPassword) },
      }),
      db.staffSession.deleteMany({ where: { staffUserId: user.id, id: { not: session.id } } }),
    ]);
    await recordAudit(db, {
      actorId: user.id,
      action: 'staff.password_changed',
      targetType: 'staff_user',
      targetId: user.id,
    });
    res.status(204).end();
  });

  // Supervisors and admins review what staff did, newest first.
  router.get('/audit', requireStaff('supervisor', options.allowedOrigins), async (req, res) => {
    const query = parseInput(auditQuerySchema, req.query, 'query');
    const rows = await db.auditLog.findMany({
      where: {
        ...(query.action ? { action: query.action } : {}),
        ...(query.targetId ? { targetId: query.targetId } : {}),
      },
      orderBy: { at: 'desc' },
      take: query.limit,
    });
    const body: AuditList = {
      entries: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorId: r.actorId,
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
      })),
    };
    res.json(body);
  });

  return router;
}
