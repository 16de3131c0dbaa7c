import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';

export type HelpdeskAuditAction =
  | 'helpdesk.claimed'
  | 'helpdesk.transferred'
  | 'helpdesk.closed'
  | 'helpdesk.reply_blocked'
  | 'helpdesk.canned_changed'
  | 'helpdesk.stats_exported';

/** Help-desk actions in the staff audit log: ids and codes only, never message bodies. */
export async function auditHelpdesk(
  db: Db,
  entry: {
    actorId: string;
    action: HelpdeskAuditAction;
    targetType?: string;
    targetId?: string;
    detail?: Record<string, string | number | null>;
  },
): Promise<void> {
  await db.auditLog.create({
    data: {
      id: randomUUID(),
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    },
  });
}
