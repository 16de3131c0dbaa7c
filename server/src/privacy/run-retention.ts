import { retentionCutoffs, type RetentionPolicy } from './retention-policy.ts';
import type { RetentionRepository } from './retention-repository.ts';

export interface RetentionReport {
  identitiesDetached: number;
  conversationsDeleted: number;
  analyticsAnonymised: number;
  analyticsDeleted: number;
  auditEntriesDeleted: number;
}

const MAX_BATCHES = 10_000;

async function drain(step: (limit: number) => Promise<number>, batchSize: number): Promise<number> {
  let total = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const changed = await step(batchSize);
    total += changed;
    if (changed < batchSize) return total;
  }
  return total;
}

/**
 * One pass of the retention job. Identities go first so that no identity outlives its period even
 * if a later step fails; every step is idempotent, so a failed run is simply repeated.
 */
export async function runRetention(deps: {
  repository: RetentionRepository;
  policy: RetentionPolicy;
  now: () => Date;
  batchSize?: number;
}): Promise<RetentionReport> {
  const { repository: r } = deps;
  const batch = deps.batchSize ?? 500;
  const c = retentionCutoffs(deps.policy, deps.now());
  return {
    identitiesDetached: await drain(
      (n) => r.detachIdentitiesInactiveBefore(c.detachIdentitiesBefore, n),
      batch,
    ),
    conversationsDeleted: await drain(
      (n) => r.deleteConversationsInactiveBefore(c.deleteConversationsBefore, n),
      batch,
    ),
    analyticsAnonymised: await drain((n) => r.anonymiseAnalyticsBefore(c.anonymiseAnalyticsBefore, n), batch),
    analyticsDeleted: await drain((n) => r.deleteAnalyticsBefore(c.deleteAnalyticsBefore, n), batch),
    auditEntriesDeleted: await drain((n) => r.deleteAuditEntriesBefore(c.deleteAuditBefore, n), batch),
  };
}
