import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';

/** One row of the staff audit log. Ids, codes and field names only; never message bodies, passwords or personal data. */
export interface AuditLogRow<A extends string = string> {
  actorId: string | null;
  action: A;
  targetType?: string | null;
  targetId?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

/** The one writer of the audit log; each module's `audit*` helper adds only its action names and target defaults. */
export async function writeAuditLog<A extends string>(db: Db, row: AuditLogRow<A>): Promise<void> {
  await db.auditLog.create({
    data: {
      id: randomUUID(),
      actorId: row.actorId,
      action: row.action,
      targetType: row.targetType ?? null,
      targetId: row.targetId ?? null,
      detail: row.detail ? JSON.stringify(row.detail) : null,
    },
  });
}

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
  await writeAuditLog(db, entry);
}
