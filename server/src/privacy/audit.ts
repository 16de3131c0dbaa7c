import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';

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
  await db.auditLog.create({
    data: {
      id: randomUUID(),
      actorId: entry.actorId,
      action: entry.action,
      targetType: 'conversation',
      targetId: entry.conversationId,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    },
  });
}
