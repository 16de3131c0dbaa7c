import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';

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
  await db.auditLog.create({
    data: {
      id: randomUUID(),
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? (entry.action.startsWith('staff.') ? 'staff_user' : 'conversation'),
      targetId: entry.targetId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    },
  });
}
