import { describe, expect, it } from 'vitest';
import { cpuSecondsFromStat, cpuSecondsOf, Samples } from '../../scripts/load/stats.ts';

describe('load script measurements', () => {
  it('reads utime + stime from /proc/<pid>/stat, also when the command name holds spaces and parentheses', async () => {
    const line = '4242 (node (worker) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 75 0 0 20 0 11 0';
    expect(cpuSecondsFromStat(line)).toBe(3.25);
    expect(cpuSecondsFromStat('')).toBe(0);
    // This process has used some CPU by now.
    expect(await cpuSecondsOf(process.pid)).toBeGreaterThan(0);
  });

  it('gives nearest-rank percentiles', () => {
    const s = new Samples();
    for (let i = 1; i <= 100; i += 1) s.add(101 - i);
    expect([s.percentile(50), s.percentile(95), s.percentile(99), s.percentile(100)]).toEqual([
      50, 95, 99, 100,
    ]);
    expect(new Samples().percentile(50)).toBeNaN();
  });
});
