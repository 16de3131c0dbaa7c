import { describe, expect, it } from 'vitest';
import { issueCitizenToken, verifyCitizenToken } from './citizen-token.ts';

const SECRET = 'x'.repeat(40);

describe('citizen tokens', () => {
  it('round-trips a random anonymous id', () => {
    const a = issueCitizenToken(SECRET);
    const b = issueCitizenToken(SECRET);
    expect(verifyCitizenToken(SECRET, a.token)).toEqual(a.claims);
    expect(a.claims.sub).not.toBe(b.claims.sub);
  });

  it('rejects a token signed with another secret, a tampered payload, garbage and expired tokens', () => {
    const { token } = issueCitizenToken(SECRET);
    expect(verifyCitizenToken('y'.repeat(40), token)).toBeNull();
    const [payload, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'someone-else', exp: 9_999_999_999 })).toString(
      'base64url',
    );
    expect(verifyCitizenToken(SECRET, `${forged}.${sig}`)).toBeNull();
    expect(verifyCitizenToken(SECRET, `${payload}.${sig}.x`)).toBeNull();
    expect(verifyCitizenToken(SECRET, 'nonsense')).toBeNull();
    expect(verifyCitizenToken(SECRET, 42)).toBeNull();
    const old = issueCitizenToken(SECRET, Date.now() - 10_000, 5_000);
    expect(verifyCitizenToken(SECRET, old.token)).toBeNull();
  });
});
