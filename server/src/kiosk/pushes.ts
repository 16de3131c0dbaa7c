import type { KioskPushInput, KioskPushItem } from '@hub/contract';
import { kioskConfigPatchSchema } from '@hub/contract';
import type { Db } from '../db/client.ts';

/** Configuration changes stay applicable for a day (a kiosk restarted in that time gets them again). */
const CONFIG_TTL_MS = 24 * 3_600_000;

export async function createPush(
  db: Db,
  input: Exclude<KioskPushInput, never> & { kind: 'notice' | 'config' },
  actorId: string,
  now = new Date(),
): Promise<{ seq: number; expiresAt: Date }> {
  const payload = input.kind === 'notice' ? { text: input.notice.text } : input.config;
  const ttl = input.kind === 'notice' ? (input.notice.minutes ?? 60) * 60_000 : CONFIG_TTL_MS;
  const row = await db.kioskPush.create({
    data: {
      deviceId: input.deviceId ?? null,
      kind: input.kind,
      payload: JSON.stringify(payload),
      createdById: actorId,
      expiresAt: new Date(now.getTime() + ttl),
    },
  });
  return { seq: row.seq, expiresAt: row.expiresAt };
}

/** What this device has not applied yet: its own pushes and those to every kiosk, still in force. */
export async function pendingPushes(
  db: Db,
  deviceId: string,
  after: number,
  now = new Date(),
): Promise<KioskPushItem[]> {
  const rows = await db.kioskPush.findMany({
    where: { seq: { gt: after }, expiresAt: { gt: now }, OR: [{ deviceId }, { deviceId: null }] },
    orderBy: { seq: 'asc' },
    take: 50,
  });
  const items: KioskPushItem[] = [];
  for (const row of rows) {
    const expiresAt = row.expiresAt.toISOString();
    const payload = JSON.parse(row.payload) as unknown;
    if (row.kind === 'notice') {
      const text = (payload as { text?: unknown }).text;
      if (typeof text === 'string') items.push({ seq: row.seq, kind: 'notice', text, expiresAt });
    } else if (row.kind === 'config') {
      const config = kioskConfigPatchSchema.safeParse(payload);
      if (config.success) items.push({ seq: row.seq, kind: 'config', config: config.data, expiresAt });
    }
  }
  return items;
}

export async function deleteExpiredPushes(db: Db, now = new Date()): Promise<number> {
  const [pushes, handovers] = await Promise.all([
    db.kioskPush.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.kioskHandover.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return pushes.count + handovers.count;
}
