import { describe, expect, it } from 'vitest';
import { pseudonymise } from '../privacy/pseudonym.ts';
import { EauthError } from './errors.ts';
import { parsePersonIdentifier, toVerifiedIdentity } from './identity.ts';

const SECRET = 's'.repeat(40);

describe('parsePersonIdentifier', () => {
  it('reads a person and a legal entity', () => {
    expect(parsePersonIdentifier('PNOBG-8032056031')).toEqual({ kind: 'person', identifier: '8032056031' });
    expect(parsePersonIdentifier('NTRBG-175074752')).toEqual({ kind: 'entity', identifier: '175074752' });
    expect(parsePersonIdentifier('NTRBG-1213961230342')).toEqual({
      kind: 'entity',
      identifier: '1213961230342',
    });
  });

  it.each([
    [undefined, 'missing_identifier'],
    ['', 'missing_identifier'],
    ['8032056031', 'unsupported_identifier'],
    ['PNOBG-123', 'unsupported_identifier'],
    ['NTRBG-8032056031', 'unsupported_identifier'],
    ['PI:BG-8032056031', 'unsupported_identifier'],
  ])('refuses %j with %s', (value, code) => {
    try {
      parsePersonIdentifier(value);
      expect.unreachable();
    } catch (error) {
      expect((error as EauthError).code).toBe(code);
    }
  });
});

describe('toVerifiedIdentity', () => {
  it('keeps a pseudonym, never the identifier', () => {
    const identity = toVerifiedIdentity(
      { personIdentifier: 'PNOBG-8032056031', personName: ' ИВАН ИВАНОВ ', email: '' },
      'SUBSTANTIAL',
      SECRET,
    );
    expect(identity).toEqual({
      pseudonym: pseudonymise('8032056031', SECRET),
      kind: 'person',
      levelOfAssurance: 'SUBSTANTIAL',
      name: 'ИВАН ИВАНОВ',
    });
    expect(JSON.stringify(identity)).not.toContain('8032056031');
  });
});
