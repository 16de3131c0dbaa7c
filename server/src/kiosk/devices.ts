import { createHash, randomBytes } from 'node:crypto';
import type { KioskDeviceDto, KioskProvisionInput } from '@hub/contract';
import type { Db } from '../db/client.ts';

type DeviceRow = NonNullable<Awaited<ReturnType<Db['kioskDevice']['findUnique']>>>;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A device token: 32 random bytes; the database keeps only its sha256. */
export const newDeviceToken = () => `kd_${randomBytes(32).toString('base64url')}`;

const DEFAULT_HEARTBEAT_SECONDS = 60;

/** Online = a heartbeat within two and a half intervals (one late or lost beat is not "offline"). */
export function isOnline(row: Pick<DeviceRow, 'lastSeenAt' | 'heartbeatSeconds'>, now: Date): boolean {
  if (!row.lastSeenAt) return false;
  const interval = (row.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS) * 1000;
  return now.getTime() - row.lastSeenAt.getTime() <= interval * 2.5 + 5_000;
}

export function presentDevice(row: DeviceRow, now = new Date()): KioskDeviceDto {
  return {
    id: row.id,
    name: row.name,
    district: row.district,
    location: row.location,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
    online: row.active && isOnline(row, now),
    version: row.version,
    lastResetAt: row.lastResetAt?.toISOString() ?? null,
    uptimeSeconds: row.uptimeSeconds,
    errorsLastBeat: row.errorsLastBeat,
    errorsTotal: row.errorsTotal,
  };
}

/** Creates the device, or gives an existing id a new token (the old one stops working at once). */
export async function provisionDevice(
  db: Db,
  input: Required<KioskProvisionInput>,
): Promise<{ row: DeviceRow; token: string }> {
  const token = newDeviceToken();
  const tokenHash = hashToken(token);
  const data = {
    name: input.name,
    district: input.district,
    location: input.location,
    tokenHash,
    active: true,
  };
  const row = await db.kioskDevice.upsert({
    where: { id: input.id },
    create: { id: input.id, ...data },
    update: data,
  });
  return { row, token };
}

export async function listDevices(db: Db): Promise<DeviceRow[]> {
  return db.kioskDevice.findMany({ orderBy: [{ district: 'asc' }, { name: 'asc' }] });
}

/** The active device a bearer token belongs to, or null (unknown, revoked or malformed). */
export async function deviceForToken(db: Db, token: unknown): Promise<DeviceRow | null> {
  if (typeof token !== 'string' || token.length < 16 || token.length > 200) return null;
  const row = await db.kioskDevice.findUnique({ where: { tokenHash: hashToken(token) } });
  return row?.active ? row : null;
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([\x21-\x7e]{1,300})$/.exec(header ?? '');
  return match?.[1];
}
