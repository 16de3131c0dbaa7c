import { describe, expect, it } from 'vitest';
import { sharedFloodGuards } from './flood-registry.ts';

describe('shared flood guards', () => {
  it('share one bucket between the sockets of one key, and forget it with the last socket', () => {
    const t = 0;
    const guards = sharedFloodGuards(3, 1, () => t);
    const a = guards.acquire('citizen-1');
    const b = guards.acquire('citizen-1');
    const other = guards.acquire('citizen-2');
    expect([a.allow(), b.allow(), a.allow(), b.allow()]).toEqual([true, true, true, false]);
    expect(other.allow()).toBe(true);
    a.release();
    a.release(); // twice is harmless
    expect(guards.size).toBe(2);
    b.release();
    other.release();
    expect(guards.size).toBe(0);
  });
});
