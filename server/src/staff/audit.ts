import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';

export type AuditAction =
  | 'staff.login'
  | 'staff.login_failed'
  | 'staff.logout'
  | 'staff.user_created'
  | 'staff.password_changed'
  | 'staff.bootstrap_admin'
  | 'handoff.accepted'
  | 'conversation.joined';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  /** Ids and field names only; never message bodies, passwords or personal data. */
  detail?: Record<string, string | number | boolean | null>;
}

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
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
