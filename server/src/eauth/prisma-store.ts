import type { Db } from '../db/client.ts';
import { isLevelOfAssurance } from './levels.ts';
import type { LoginContext } from './login-context.ts';
import type { EauthStore, TakenRequest } from './store.ts';

/** Used requests are remembered this much longer so that a replay is named as one. */
const USED_GRACE_MS = 60 * 60_000;

type PendingRow = {
  purpose: string;
  level: string;
  returnPath: string;
  conversationId: string | null;
  lang: string;
  linkCodeHash: string | null;
};

function toContext(row: PendingRow): LoginContext {
  return {
    purpose: row.purpose === 'staff' ? 'staff' : 'citizen',
    level: isLevelOfAssurance(row.level) ? row.level : 'HIGH',
    returnPath: row.returnPath,
    lang: row.lang === 'en' ? 'en' : 'bg',
    ...(row.conversationId ? { conversationId: row.conversationId } : {}),
    ...(row.linkCodeHash ? { linkCodeHash: row.linkCodeHash } : {}),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/**
 * The eAuth state in the hub's database (EauthPendingRequest, EauthSeenAssertion), shared by every
 * node. Holds request ids, the return context and assertion ids only — no identifier, name or SAML.
 */
export function createPrismaEauthStore(db: Db, now: () => number = Date.now): EauthStore {
  const sweep = async () => {
    const t = new Date(now());
    await db.eauthPendingRequest.deleteMany({ where: { expiresAt: { lte: t } } });
    await db.eauthSeenAssertion.deleteMany({ where: { expiresAt: { lte: t } } });
  };
  return {
    async savePending(requestId, context, ttlMs) {
      await sweep();
      await db.eauthPendingRequest.create({
        data: {
          id: requestId,
          purpose: context.purpose,
          level: context.level,
          returnPath: context.returnPath,
          conversationId: context.conversationId ?? null,
          lang: context.lang,
          linkCodeHash: context.linkCodeHash ?? null,
          expiresAt: new Date(now() + ttlMs),
        },
      });
    },
    async takePending(requestId): Promise<TakenRequest> {
      const t = now();
      // One conditional update: of two answers racing for the same id, exactly one wins.
      const won = await db.eauthPendingRequest.updateMany({
        where: { id: requestId, usedAt: null, expiresAt: { gt: new Date(t) } },
        data: { usedAt: new Date(t) },
      });
      const row = await db.eauthPendingRequest.findUnique({ where: { id: requestId } });
      if (!row || row.expiresAt.getTime() <= t) return { status: 'unknown' };
      if (won.count === 1) {
        if (row.expiresAt.getTime() < t + USED_GRACE_MS) {
          await db.eauthPendingRequest.update({
            where: { id: requestId },
            data: { expiresAt: new Date(t + USED_GRACE_MS) },
          });
        }
        return { status: 'pending', context: toContext(row) };
      }
      return { status: 'used', context: toContext(row) };
    },
    async rememberAssertion(assertionId, untilMs) {
      await db.eauthSeenAssertion.deleteMany({
        where: { id: assertionId, expiresAt: { lte: new Date(now()) } },
      });
      try {
        await db.eauthSeenAssertion.create({ data: { id: assertionId, expiresAt: new Date(untilMs) } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
  };
}
