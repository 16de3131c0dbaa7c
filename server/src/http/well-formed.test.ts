import { describe, expect, it } from 'vitest';
import { wellFormed } from './well-formed.ts';

describe('wellFormed', () => {
  it('replaces lone surrogates in nested strings and keys, keeps pairs and other values', () => {
    const input = { a: 'x\ud800y', b: ['😀', '\udc00'], n: 1, z: null, ['k\ud801']: true };
    expect(wellFormed(input)).toEqual({
      a: 'x\ufffdy',
      b: ['😀', '\ufffd'],
      n: 1,
      z: null,
      ['k\ufffd']: true,
    });
    expect(wellFormed('ok')).toBe('ok');
  });
});
