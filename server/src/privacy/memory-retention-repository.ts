import type { RetentionRepository } from './retention-repository.ts';

export interface MemoryConversation {
  id: string;
  lastActivityAt: Date;
  onHold: boolean;
  identity?: { pseudonym: string; name?: string; consent: boolean };
  messages: string[];
}
export interface MemoryAnalyticsEvent {
  id: string;
  at: Date;
  type: string;
  query?: string;
  detail?: string;
  conversationId?: string;
}
export interface MemoryAuditEntry {
  id: string;
  at: Date;
}

/** The retention repository over plain arrays: the executable specification for the Prisma one. */
export function createMemoryRetentionRepository(data: {
  conversations: MemoryConversation[];
  analytics: MemoryAnalyticsEvent[];
  audit: MemoryAuditEntry[];
}): RetentionRepository {
  const removeWhere = <T>(list: T[], pick: (x: T) => boolean, limit: number): number => {
    let removed = 0;
    for (let i = list.length - 1; i >= 0 && removed < limit; i--) {
      if (pick(list[i] as T)) {
        list.splice(i, 1);
        removed++;
      }
    }
    return removed;
  };
  return {
    async detachIdentitiesInactiveBefore(cutoff, limit) {
      const hits = data.conversations
        .filter((c) => c.identity && !c.onHold && c.lastActivityAt < cutoff)
        .slice(0, limit);
      for (const c of hits) delete c.identity;
      return hits.length;
    },
    async deleteConversationsInactiveBefore(cutoff, limit) {
      return removeWhere(data.conversations, (c) => !c.onHold && c.lastActivityAt < cutoff, limit);
    },
    async anonymiseAnalyticsBefore(cutoff, limit) {
      const hits = data.analytics
        .filter((e) => e.at < cutoff && (e.query ?? e.detail ?? e.conversationId) !== undefined)
        .slice(0, limit);
      for (const e of hits) {
        delete e.query;
        delete e.detail;
        delete e.conversationId;
      }
      return hits.length;
    },
    async deleteAnalyticsBefore(cutoff, limit) {
      return removeWhere(data.analytics, (e) => e.at < cutoff, limit);
    },
    async deleteAuditEntriesBefore(cutoff, limit) {
      return removeWhere(data.audit, (e) => e.at < cutoff, limit);
    },
  };
}
