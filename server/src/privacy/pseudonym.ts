import { createHmac } from 'node:crypto';

const MIN_SECRET_LENGTH = 32;

/**
 * A keyed pseudonym of a personal identifier (ЕГН, ЕИК): HMAC-SHA256 in hex. The same person
 * always gets the same pseudonym under one secret, and without the secret the identifier cannot
 * be recovered or confirmed by trying all ЕГН (there are only ~10⁹ of them, so a plain hash would not do).
 */
export function pseudonymise(identifier: string, secret: string): string {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`pseudonym secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (identifier.length === 0) throw new Error('identifier must not be empty');
  return createHmac('sha256', secret).update(identifier, 'utf8').digest('hex');
}
