import type { Db } from '../../db/client.ts';
import { writeAuditLog } from '../../staff/audit.ts';

export type EauthAuditAction =
  | 'identity.requested'
  | 'identity.conversation_opened'
  | 'staff.eauth_link_issued'
  | 'staff.eauth_linked'
  | 'staff.eauth_unlinked'
  | 'staff.login';

/** eAuth events in the staff audit log: ids, levels and codes only — never a name or a pseudonym. */
export async function auditEauth(
  db: Db,
  entry: {
    actorId: string | null;
    action: EauthAuditAction;
    targetType?: string;
    targetId?: string;
    detail?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  await writeAuditLog(db, {
    ...entry,
    targetType: entry.targetType ?? (entry.action.startsWith('staff.') ? 'staff_user' : 'conversation'),
  });
}
