import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * A citizen's anonymous session token: `payload.signature`, HMAC-SHA256 with ANON_TOKEN_SECRET.
 * The payload holds only a random id and an expiry, nothing about the person.
 */
export interface CitizenTokenClaims {
  sub: string;
  exp: number;
}

/** How long a citizen token (and so the browser's link to its conversation) lasts; quoted by the privacy notice. */
export const CITIZEN_TOKEN_DAYS = 30;
const DEFAULT_TTL_MS = CITIZEN_TOKEN_DAYS * 24 * 3_600_000;

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function issueCitizenToken(
  secret: string,
  now = Date.now(),
  ttlMs = DEFAULT_TTL_MS,
  /** An existing citizen id (a kiosk chat continued on a phone); a new random one by default. */
  sub: string = randomUUID(),
): { token: string; claims: CitizenTokenClaims } {
  const claims: CitizenTokenClaims = { sub, exp: Math.floor((now + ttlMs) / 1000) };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { token: `${payload}.${sign(secret, payload)}`, claims };
}

export function verifyCitizenToken(
  secret: string,
  token: unknown,
  now = Date.now(),
): CitizenTokenClaims | null {
  if (typeof token !== 'string' || token.length > 512) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    ) as Partial<CitizenTokenClaims>;
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
    if (claims.exp * 1000 <= now) return null;
    return { sub: claims.sub, exp: claims.exp };
  } catch {
    return null;
  }
}
