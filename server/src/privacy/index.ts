export { pseudonymise } from './pseudonym.ts';
export {
  retentionPolicySchema,
  retentionCutoffs,
  conversationFate,
  type RetentionPolicy,
  type RetentionCutoffs,
  type ConversationFate,
} from './retention-policy.ts';
export type { RetentionRepository } from './retention-repository.ts';
export { runRetention, type RetentionReport } from './run-retention.ts';
export { createMemoryRetentionRepository } from './memory-retention-repository.ts';
