import { isValidEgn } from '@hub/contract';
import { describe, expect, it } from 'vitest';
import { parsePersonIdentifier } from '../identity.ts';
import { TEST_PEOPLE } from './people.ts';

describe('test people', () => {
  it('carry valid ЕГН (domain.md §4) and eAuth-shaped identifiers', () => {
    for (const p of TEST_PEOPLE) {
      const { kind, identifier } = parsePersonIdentifier(p.personIdentifier);
      if (kind === 'person') expect(isValidEgn(identifier), p.key).toBe(true);
    }
    expect(TEST_PEOPLE.map((p) => parsePersonIdentifier(p.personIdentifier).kind)).toEqual([
      'person',
      'person',
      'entity',
    ]);
  });
});
