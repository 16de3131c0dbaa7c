import { describe, expect, it } from 'vitest';
import { isWithinWorkingHours, SOFIA_OFFICE_HOURS } from './working-hours.ts';

const hours = { ...SOFIA_OFFICE_HOURS, holidays: ['2026-12-24'] };

describe('isWithinWorkingHours (Europe/Sofia, UTC+2 in winter, UTC+3 in summer)', () => {
  it.each([
    ['Tuesday 10:00 Sofia', '2026-12-01T08:00:00Z', true],
    ['Tuesday 08:59 Sofia', '2026-12-01T06:59:00Z', false],
    ['Tuesday 17:29 Sofia', '2026-12-01T15:29:00Z', true],
    ['Tuesday 17:30 Sofia', '2026-12-01T15:30:00Z', false],
    ['Saturday noon', '2026-11-28T10:00:00Z', false],
    ['a holiday (Thursday 24 Dec)', '2026-12-24T10:00:00Z', false],
    ['summer time: Monday 09:30 Sofia is 06:30Z', '2026-06-01T06:30:00Z', true],
    ['Monday 00:30 Sofia is still Sunday in UTC', '2026-11-29T22:30:00Z', false],
  ])('%s', (_label, iso, expected) => {
    expect(isWithinWorkingHours(hours, new Date(iso))).toBe(expected);
  });
});
