import { z } from 'zod';

const days = (fallback: number) => z.number().int().min(1).max(3650).default(fallback);

/**
 * How long each kind of data is kept, in days. The privacy notice must quote these numbers, so
 * they come from configuration, never from code. Defaults are a starting point for the DPO.
 */
export const retentionPolicySchema = z
  .object({
    /** A conversation (with its messages) is deleted this long after its last activity. */
    conversationDays: days(90),
    /** A verified identity (pseudonym, name, e-mail, consent) is detached from its conversation sooner. */
    identityDays: days(30),
    /** Analytics events lose free text (search queries) and every conversation link after this long… */
    analyticsDetailDays: days(30),
    /** …and are deleted after this long (only aggregate counts remain). */
    analyticsDays: days(395),
    /** Audit entries of access to identified conversations. */
    auditDays: days(365),
  })
  .refine((p) => p.identityDays <= p.conversationDays, {
    path: ['identityDays'],
    message: 'must not exceed conversationDays (an identity cannot outlive its conversation)',
  })
  .refine((p) => p.analyticsDetailDays <= p.analyticsDays, {
    path: ['analyticsDetailDays'],
    message: 'must not exceed analyticsDays',
  });

export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

/** Everything last touched before these instants is past its period. */
export interface RetentionCutoffs {
  deleteConversationsBefore: Date;
  detachIdentitiesBefore: Date;
  anonymiseAnalyticsBefore: Date;
  deleteAnalyticsBefore: Date;
  deleteAuditBefore: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionCutoffs(policy: RetentionPolicy, now: Date): RetentionCutoffs {
  const before = (d: number) => new Date(now.getTime() - d * DAY_MS);
  return {
    deleteConversationsBefore: before(policy.conversationDays),
    detachIdentitiesBefore: before(policy.identityDays),
    anonymiseAnalyticsBefore: before(policy.analyticsDetailDays),
    deleteAnalyticsBefore: before(policy.analyticsDays),
    deleteAuditBefore: before(policy.auditDays),
  };
}

export type ConversationFate = 'keep' | 'detach-identity' | 'delete';

/**
 * The rule for one conversation, stated once: deleted after its period, its identity detached
 * earlier, nothing touched while on legal hold. Repositories implement the same rule in bulk.
 */
export function conversationFate(
  c: { lastActivityAt: Date; identified: boolean; onHold: boolean },
  cutoffs: RetentionCutoffs,
): ConversationFate {
  if (c.onHold) return 'keep';
  if (c.lastActivityAt < cutoffs.deleteConversationsBefore) return 'delete';
  if (c.identified && c.lastActivityAt < cutoffs.detachIdentitiesBefore) return 'detach-identity';
  return 'keep';
}
