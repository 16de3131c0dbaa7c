import type { Db } from '../db/client.ts';
import { writeAuditLog } from '../staff/audit.ts';

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
  await writeAuditLog(db, { ...entry, targetType: 'kiosk_device' });
}
