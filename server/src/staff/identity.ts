import type { Db } from '../db/client.ts';
import { burnPasswordCheck, verifyPassword } from './passwords.ts';
import { findUserByEmail, type StaffUserRecord } from './users.ts';

/**
 * How a member of staff proves who they are. Local accounts (e-mail + argon2id password) today;
 * a SAML provider (eAuth / municipal IdP) will implement the same interface and map its subject to
 * StaffUser.externalId with identityProvider = 'saml'.
 */
export interface IdentityProvider {
  readonly id: 'local' | 'saml';
  authenticate(credentials: { email: string; password: string }): Promise<StaffUserRecord | null>;
}

export function localIdentityProvider(db: Db): IdentityProvider {
  return {
    id: 'local',
    async authenticate({ email, password }) {
      const user = await findUserByEmail(db, email);
      if (!user || !user.passwordHash || !user.active) {
        await burnPasswordCheck(password);
        return null;
      }
      return (await verifyPassword(user.passwordHash, password)) ? user : null;
    },
  };
}
