import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { hashToken } from './devices.ts';

/** Long enough to scan and walk to a seat; short enough that a photo of the screen is soon useless. */
export const HANDOVER_TTL_MS = 10 * 60_000;

export interface HandoverGrant {
  citizenId: string;
  conversationId: string | null;
  serviceSlug: string | null;
}

/** A single-use code for "continue on your phone"; only its sha256 is stored. */
export async function createHandover(
  db: Db,
  grant: HandoverGrant & { deviceId: string | null },
  now = new Date(),
): Promise<{ code: string; expiresAt: Date }> {
  const code = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + HANDOVER_TTL_MS);
  await db.kioskHandover.create({
    data: { id: randomUUID(), codeHash: hashToken(code), ...grant, expiresAt },
  });
  return { code, expiresAt };
}

/**
 * Marks the code used and returns what it grants, or null when it is unknown, used or expired. The conditional
 * update makes two phones scanning at once get one success between them.
 */
export async function redeemHandover(db: Db, code: string, now = new Date()): Promise<HandoverGrant | null> {
  const codeHash = hashToken(code);
  const claimed = await db.kioskHandover.updateMany({
    where: { codeHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) return null;
  const row = await db.kioskHandover.findUnique({ where: { codeHash } });
  return row
    ? { citizenId: row.citizenId, conversationId: row.conversationId, serviceSlug: row.serviceSlug }
    : null;
}
