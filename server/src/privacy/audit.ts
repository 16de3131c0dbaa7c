import type { Db } from '../db/client.ts';
import { writeAuditLog } from '../staff/audit.ts';

export type PrivacyAuditAction = 'privacy.conversation_erased' | 'privacy.identified_accessed';

/** Privacy events in the staff audit log: ids and codes only (the audit log outlives conversations). */
export async function auditPrivacy(
  db: Db,
  entry: {
    actorId: string | null;
    action: PrivacyAuditAction;
    conversationId: string;
    detail?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  const { conversationId, ...rest } = entry;
  await writeAuditLog(db, { ...rest, targetType: 'conversation', targetId: conversationId });
}
