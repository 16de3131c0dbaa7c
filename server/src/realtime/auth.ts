import type { IncomingMessage } from 'node:http';
import { signedCookie } from 'cookie-parser';
import type { Db } from '../db/client.ts';
import type { SessionCookie } from '../staff/cookie.ts';
import { findSession } from '../staff/sessions.ts';
import { verifyCitizenToken } from './citizen-token.ts';

export type SocketIdentity =
  { kind: 'citizen'; citizenId: string } | { kind: 'staff'; userId: string; role: string };

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Who is connecting: a citizen with a signed anonymous token, or staff with their session cookie. */
export async function identifySocket(
  options: { db: Db; cookie: SessionCookie; sessionSecret: string; anonTokenSecret: string },
  request: IncomingMessage,
  auth: Record<string, unknown>,
): Promise<SocketIdentity | null> {
  const claims = verifyCitizenToken(options.anonTokenSecret, auth.citizenToken);
  if (claims) return { kind: 'citizen', citizenId: claims.sub };
  const raw = readCookie(request.headers.cookie, options.cookie.name);
  const token = raw ? signedCookie(raw, options.sessionSecret) : false;
  if (typeof token !== 'string' || !token) return null;
  const session = await findSession(options.db, token);
  return session ? { kind: 'staff', userId: session.user.id, role: session.user.role } : null;
}
