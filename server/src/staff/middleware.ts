import { timingSafeEqual } from 'node:crypto';
import type { StaffRole } from '@hub/contract';
import type { RequestHandler } from 'express';
import type { Db } from '../db/client.ts';
import { csrfFailed, forbidden, unauthorized } from '../http/errors.ts';
import { isAllowedOrigin } from '../http/security.ts';
import type { SessionCookie } from './cookie.ts';
import { roleAllows } from './roles.ts';
import { findSession, type ActiveSession } from './sessions.ts';

declare module 'express-serve-static-core' {
  interface Locals {
    staff?: ActiveSession;
    sessionToken?: string;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Reads the signed session cookie and attaches the session, if any. Never rejects on its own. */
export function loadStaffSession(db: Db, cookie: SessionCookie): RequestHandler {
  return async (req, res, next) => {
    const token = (req.signedCookies as Record<string, unknown>)[cookie.name];
    if (typeof token === 'string' && token) {
      const session = await findSession(db, token);
      if (session) {
        res.locals.staff = session;
        res.locals.sessionToken = token;
      }
    }
    next();
  };
}

/**
 * Requires a signed-in member of staff with the role; for changes also a same-origin request and
 * the session's CSRF token in `x-csrf-token` (synchronizer token).
 */
export function requireStaff(role: StaffRole | 'any', allowedOrigins: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const session = res.locals.staff;
    if (!session) throw unauthorized();
    if (UNSAFE.has(req.method)) {
      if (!isAllowedOrigin(req.headers.origin, allowedOrigins))
        throw forbidden('cross-origin request refused');
      if (!tokensMatch(req.get('x-csrf-token'), session.csrfToken)) throw csrfFailed();
    }
    if (role !== 'any' && !roleAllows(session.user.role, role)) throw forbidden(`needs the ${role} role`);
    next();
  };
}

function tokensMatch(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
