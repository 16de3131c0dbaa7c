import type { Db } from '../db/client.ts';
import { eraseConversations } from './erase-conversations.ts';
import { detachIdentityLinks, identitiesInactiveBefore } from './identity-links.ts';
import type { RetentionRepository } from './retention-repository.ts';

const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);

/**
 * The retention repository on Prisma (SQLite and PostgreSQL alike: plain finds and deletes, no raw SQL).
 * A conversation's last activity is its `updatedAt` (every stored message bumps it). Besides what the
 * interface names, the conversation step also removes bot state and kiosk hand-over codes older than the cutoff, and the
 * analytics steps treat feedback the same way (comment is detail; the rating is deleted with the events).
 */
export function createPrismaRetentionRepository(db: Db): RetentionRepository {
  return {
    async detachIdentitiesInactiveBefore(cutoff, limit) {
      return detachIdentityLinks(db, await identitiesInactiveBefore(db, cutoff, limit));
    },

    async deleteConversationsInactiveBefore(cutoff, limit) {
      const ids = idsOf(
        await db.conversation.findMany({
          where: { updatedAt: { lt: cutoff } },
          select: { id: true },
          orderBy: { updatedAt: 'asc' },
          take: limit,
        }),
      );
      const deleted = await eraseConversations(db, ids);
      if (ids.length < limit) {
        // Leftovers not tied to a conversation row any more: bot state, kiosk hand-over codes.
        await db.botState.deleteMany({ where: { updatedAt: { lt: cutoff } } });
        await db.kioskHandover.deleteMany({ where: { createdAt: { lt: cutoff } } });
      }
      return deleted;
    },

    async anonymiseAnalyticsBefore(cutoff, limit) {
      const events = idsOf(
        await db.analyticsEvent.findMany({
          where: { occurredAt: { lt: cutoff }, OR: [{ query: { not: null } }, { detail: { not: null } }] },
          select: { id: true },
          take: limit,
        }),
      );
      const feedback = idsOf(
        await db.feedback.findMany({
          where: {
            createdAt: { lt: cutoff },
            OR: [{ comment: { not: null } }, { conversationId: { not: null } }],
          },
          select: { id: true },
          take: limit - events.length,
        }),
      );
      const [a, f] = await db.$transaction([
        db.analyticsEvent.updateMany({ where: { id: { in: events } }, data: { query: null, detail: null } }),
        db.feedback.updateMany({
          where: { id: { in: feedback } },
          data: { comment: null, conversationId: null },
        }),
      ]);
      return a.count + f.count;
    },

    async deleteAnalyticsBefore(cutoff, limit) {
      const events = idsOf(
        await db.analyticsEvent.findMany({
          where: { occurredAt: { lt: cutoff } },
          select: { id: true },
          take: limit,
        }),
      );
      const feedback = idsOf(
        await db.feedback.findMany({
          where: { createdAt: { lt: cutoff } },
          select: { id: true },
          take: limit - events.length,
        }),
      );
      const [a, f] = await db.$transaction([
        db.analyticsEvent.deleteMany({ where: { id: { in: events } } }),
        db.feedback.deleteMany({ where: { id: { in: feedback } } }),
      ]);
      return a.count + f.count;
    },

    async deleteAuditEntriesBefore(cutoff, limit) {
      const ids = idsOf(
        await db.auditLog.findMany({ where: { at: { lt: cutoff } }, select: { id: true }, take: limit }),
      );
      return (await db.auditLog.deleteMany({ where: { id: { in: ids } } })).count;
    },
  };
}
