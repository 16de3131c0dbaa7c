import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { SharedCounterStore } from '../../cluster/index.ts';
import type { Db } from '../../db/client.ts';
import type { VerifiedIdentity } from '../identity.ts';
import { meetsLevel } from '../levels.ts';
import type { LoginContext } from '../login-context.ts';
import { hashLinkCode } from '../login-request.ts';
import { auditEauth } from './audit.ts';
import { withOutcome } from './return-marker.ts';

/** Staff sign in with eAuth at SUBSTANTIAL or higher. */
export const STAFF_MIN_LEVEL = 'SUBSTANTIAL';
export const LINK_CODE_TTL_MS = 24 * 3_600_000;
/** The one-time ticket that turns an accepted login into a session cookie (one same-site redirect). */
const TICKET_TTL_MS = 60_000;
const ticketKey = (ticket: string) =>
  `eauth:staff-ticket:${createHash('sha256').update(ticket).digest('hex')}`;
/** Without 0/O, 1/I/L: read aloud or copied by hand. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newLinkCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Admin: a new one-time code for an account (replacing an outstanding one); the account's link is kept until completed. */
export async function issueLinkCode(
  db: Db,
  staffUserId: string,
  adminId: string,
  now = Date.now(),
): Promise<{ code: string; expiresAt: Date }> {
  const code = newLinkCode();
  const expiresAt = new Date(now + LINK_CODE_TTL_MS);
  const data = { codeHash: hashLinkCode(code), codeExpiresAt: expiresAt, createdById: adminId };
  await db.staffEauthLink.upsert({ where: { staffUserId }, create: { staffUserId, ...data }, update: data });
  await auditEauth(db, { actorId: adminId, action: 'staff.eauth_link_issued', targetId: staffUserId });
  return { code, expiresAt };
}

export async function staffLoginAllowed(db: Db, context: LoginContext, now = Date.now()): Promise<boolean> {
  if (!meetsLevel(context.level, STAFF_MIN_LEVEL)) return false;
  if (!context.linkCodeHash) return true;
  const link = await db.staffEauthLink.findUnique({ where: { codeHash: context.linkCodeHash } });
  return Boolean(link?.codeExpiresAt && link.codeExpiresAt.getTime() > now);
}

/**
 * An accepted staff login: completes a link (pseudonym ↔ account) when a code came with it, then finds
 * the account by pseudonym and hands a one-time ticket to `/eauth/staff-session`, which sets the cookie.
 */
export async function staffIdentity(
  deps: { db: Db; shared: SharedCounterStore },
  identity: VerifiedIdentity,
  context: LoginContext,
  now = Date.now(),
): Promise<string> {
  const { db } = deps;
  if (identity.kind !== 'person') return withOutcome(context.returnPath, 'not_linked');
  if (context.linkCodeHash) {
    const pending = await db.staffEauthLink.findUnique({ where: { codeHash: context.linkCodeHash } });
    if (!pending?.codeExpiresAt || pending.codeExpiresAt.getTime() <= now)
      return withOutcome(context.returnPath, 'link_invalid');
    const other = await db.staffEauthLink.findUnique({ where: { pseudonym: identity.pseudonym } });
    if (other && other.staffUserId !== pending.staffUserId)
      return withOutcome(context.returnPath, 'already_linked');
    await db.staffEauthLink.update({
      where: { staffUserId: pending.staffUserId },
      data: { pseudonym: identity.pseudonym, codeHash: null, codeExpiresAt: null, linkedAt: new Date(now) },
    });
    await auditEauth(db, {
      actorId: pending.staffUserId,
      action: 'staff.eauth_linked',
      targetId: pending.staffUserId,
      detail: { level: identity.levelOfAssurance },
    });
  }
  const link = await db.staffEauthLink.findUnique({ where: { pseudonym: identity.pseudonym } });
  const user = link ? await db.staffUser.findUnique({ where: { id: link.staffUserId } }) : null;
  if (!user?.active) return withOutcome(context.returnPath, 'not_linked');
  const ticket = randomBytes(24).toString('base64url');
  await deps.shared.set(ticketKey(ticket), user.id, TICKET_TTL_MS);
  const next = encodeURIComponent(context.returnPath);
  return `/eauth/staff-session?ticket=${ticket}&next=${next}`;
}

/** The ticket's account, once: the ticket is deleted as it is read. */
export async function redeemTicket(shared: SharedCounterStore, ticket: unknown): Promise<string | undefined> {
  if (typeof ticket !== 'string' || !/^[A-Za-z0-9_-]{20,64}$/.test(ticket)) return undefined;
  const key = ticketKey(ticket);
  const userId = await shared.get(key);
  if (userId) await shared.delete(key);
  return userId;
}
