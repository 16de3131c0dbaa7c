import type { Db } from '../db/client.ts';
import { writeAuditLog } from '../staff/audit.ts';

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
  await writeAuditLog(db, entry);
}
