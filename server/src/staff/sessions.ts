import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import type { StaffUserRecord } from './users.ts';

export interface ActiveSession {
  /** sha256 of the cookie token (the row id). */
  id: string;
  csrfToken: string;
  user: StaffUserRecord;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session; the returned token goes into the cookie and is stored only as a hash. */
export async function createSession(
  db: Db,
  userId: string,
  ttlHours: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await db.staffSession.create({ data: { id: hashToken(token), staffUserId: userId, csrfToken, expiresAt } });
  return { token, csrfToken, expiresAt };
}

/** The session for a cookie token, if it exists, has not expired and its user is active. */
export async function findSession(db: Db, token: string): Promise<ActiveSession | null> {
  const row = await db.staffSession.findUnique({
    where: { id: hashToken(token) },
    include: { staffUser: true },
  });
  if (!row || row.expiresAt.getTime() <= Date.now() || !row.staffUser.active) return null;
  return { id: row.id, csrfToken: row.csrfToken, user: row.staffUser };
}

export async function destroySession(db: Db, token: string): Promise<void> {
  await db.staffSession.deleteMany({ where: { id: hashToken(token) } });
}

export async function deleteExpiredSessions(db: Db): Promise<number> {
  const { count } = await db.staffSession.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  return count;
}
