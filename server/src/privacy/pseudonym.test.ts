import { describe, expect, it } from 'vitest';
import { pseudonymise } from './pseudonym.ts';

const SECRET = 'test-only-pseudonym-secret-0123456789abcdef';

describe('pseudonymise', () => {
  it('is HMAC-SHA256 in hex (vector from `openssl dgst -sha256 -hmac`)', () => {
    expect(pseudonymise('8032056031', SECRET)).toBe(
      'a972fca4f4c96d0b70a415d66757e60fac649d19488c20117d5ee55ce4bf821e',
    );
  });

  it('is stable for one secret and different under another', () => {
    expect(pseudonymise('7523169263', SECRET)).toBe(pseudonymise('7523169263', SECRET));
    expect(pseudonymise('7523169263', SECRET)).not.toBe(pseudonymise('7523169263', SECRET + 'x'));
    expect(pseudonymise('7523169263', SECRET)).not.toBe(pseudonymise('8032056031', SECRET));
  });

  it('refuses a short secret or an empty identifier', () => {
    expect(() => pseudonymise('8032056031', 'short')).toThrow(/at least 32/);
    expect(() => pseudonymise('', SECRET)).toThrow(/empty/);
  });
});
