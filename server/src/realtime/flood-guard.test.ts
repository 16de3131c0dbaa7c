import { describe, expect, it } from 'vitest';
import { createFloodGuard } from './flood-guard.ts';

describe('createFloodGuard', () => {
  it('allows a burst up to capacity, then refills over time', () => {
    let clock = 0;
    const allow = createFloodGuard(3, 1, () => clock);
    expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
    clock += 999;
    expect(allow()).toBe(false);
    clock += 1;
    expect(allow()).toBe(true);
    clock += 60_000;
    expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
  });
});
