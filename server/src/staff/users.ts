import { randomBytes, randomUUID } from 'node:crypto';
import type { StaffRole, StaffUserDto } from '@hub/contract';
import type { Db } from '../db/client.ts';
import { hashPassword } from './passwords.ts';

export interface StaffUserRecord {
  id: string;
  email: string;
  displayName: string;
  role: string;
  passwordHash: string | null;
  active: boolean;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toStaffUserDto(user: StaffUserRecord): StaffUserDto {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role as StaffRole };
}

export async function createLocalUser(
  db: Db,
  input: { email: string; displayName: string; role: StaffRole; password: string },
): Promise<StaffUserRecord> {
  return db.staffUser.create({
    data: {
      id: randomUUID(),
      email: normaliseEmail(input.email),
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      identityProvider: 'local',
    },
  });
}

export function findUserByEmail(db: Db, email: string): Promise<StaffUserRecord | null> {
  return db.staffUser.findUnique({ where: { email: normaliseEmail(email) } });
}

export const BOOTSTRAP_ADMIN_EMAIL = 'admin@hub.local';

/**
 * On a database without staff, creates an admin with a random password and returns it once so
 * that the first run can print it. Returns null when staff already exist.
 */
export async function bootstrapAdmin(db: Db): Promise<{ email: string; password: string } | null> {
  if ((await db.staffUser.count()) > 0) return null;
  const password = randomBytes(18).toString('base64url');
  await createLocalUser(db, {
    email: BOOTSTRAP_ADMIN_EMAIL,
    displayName: 'Administrator',
    role: 'admin',
    password,
  });
  return { email: BOOTSTRAP_ADMIN_EMAIL, password };
}
