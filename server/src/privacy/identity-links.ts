import type { Db } from '../db/client.ts';

/*
 * The link between a conversation and a verified person (ConversationIdentity, written by server/src/eauth):
 * a keyed pseudonym of the ЕГН/ЕИК, the level of assurance, the consent and (only with consent) the name.
 */

const PAGE = 500;

/** Which of these conversations have a verified identity attached. */
export async function identifiedConversationIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.conversationIdentity.findMany({
    where: { conversationId: { in: [...ids] } },
    select: { conversationId: true },
  });
  return new Set(rows.map((r) => r.conversationId));
}

/**
 * Identities whose conversation (and the identity itself) has been inactive since before `cutoff`, at most
 * `limit`; an identity whose conversation is already gone counts as inactive.
 */
export async function identitiesInactiveBefore(db: Db, cutoff: Date, limit: number): Promise<string[]> {
  const found: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = (
      await db.conversationIdentity.findMany({
        where: { updatedAt: { lt: cutoff }, ...(after ? { conversationId: { gt: after } } : {}) },
        select: { conversationId: true },
        orderBy: { conversationId: 'asc' },
        take: PAGE,
      })
    ).map((r) => r.conversationId);
    if (page.length === 0) return found;
    const active = await db.conversation.findMany({
      where: { id: { in: page }, updatedAt: { gte: cutoff } },
      select: { id: true },
    });
    const busy = new Set(active.map((c) => c.id));
    for (const id of page) {
      if (busy.has(id)) continue;
      found.push(id);
      if (found.length >= limit) return found;
    }
    after = page[page.length - 1];
  }
}

/**
 * Removes the verified identity (pseudonym, level, consent, name) and any open identity request of these
 * conversations; returns how many identities were removed.
 */
export async function detachIdentityLinks(db: Db, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const conversationId = { in: [...ids] };
  const [removed] = await db.$transaction([
    db.conversationIdentity.deleteMany({ where: { conversationId } }),
    db.identityRequest.deleteMany({ where: { conversationId } }),
    db.eauthPendingRequest.deleteMany({ where: { conversationId } }),
  ]);
  return removed.count;
}
