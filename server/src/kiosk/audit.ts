import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';

export type KioskAuditAction = 'kiosk.provisioned' | 'kiosk.revoked' | 'kiosk.pushed';

/** Kiosk administration in the staff audit log: ids and kinds only, never the notice text or a token. */
export async function auditKiosk(
  db: Db,
  entry: {
    actorId: string;
    action: KioskAuditAction;
    targetId: string;
    detail?: Record<string, string | number>;
  },
): Promise<void> {
  await db.auditLog.create({
    data: {
      id: randomUUID(),
      actorId: entry.actorId,
      action: entry.action,
      targetType: 'kiosk_device',
      targetId: entry.targetId,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    },
  });
}
