import type { KioskHeartbeat } from '@hub/contract';
import type { Db } from '../db/client.ts';

/** Stores what the device reported; presence lives in the database so every node sees it. */
export async function recordHeartbeat(
  db: Db,
  deviceId: string,
  beat: Required<Omit<KioskHeartbeat, 'heartbeatSeconds'>> & { heartbeatSeconds?: number | undefined },
  now = new Date(),
): Promise<void> {
  await db.kioskDevice.update({
    where: { id: deviceId },
    data: {
      lastSeenAt: now,
      version: beat.version,
      lastResetAt: beat.lastResetAt ? new Date(beat.lastResetAt) : null,
      uptimeSeconds: beat.uptimeSeconds,
      ...(beat.heartbeatSeconds ? { heartbeatSeconds: beat.heartbeatSeconds } : {}),
      errorsLastBeat: beat.errorsSinceLastHeartbeat,
      errorsTotal: { increment: beat.errorsSinceLastHeartbeat },
    },
  });
}
