import { describe, expect, it } from 'vitest';
import { attachCrashRecovery } from './crash-recovery.ts';
import { msUntilNextHour, scheduleDailyRestart } from './daily-restart.ts';
import { createMemoryLogger } from './logger.ts';
import { FakeTimers, FakeWebContents } from './testing/fake-electron.ts';

function setup() {
  const contents = new FakeWebContents();
  const timers = new FakeTimers(1_000_000);
  let relaunches = 0;
  attachCrashRecovery({
    webContents: contents,
    relaunch: () => relaunches++,
    timers,
    logger: createMemoryLogger(),
    maxCrashes: 3,
    windowMs: 60_000,
    hangGraceMs: 5_000,
  });
  return { contents, timers, relaunches: () => relaunches };
}

describe('crash recovery', () => {
  it('reloads after a renderer crash, and ignores a clean exit', () => {
    const { contents, relaunches } = setup();
    contents.crash('crashed');
    contents.crash('clean-exit', 0);
    expect(contents.calls).toEqual(['reload']);
    expect(relaunches()).toBe(0);
  });

  it('relaunches the app after repeated crashes', () => {
    const { contents, relaunches, timers } = setup();
    contents.crash('crashed');
    timers.advance(10_000);
    contents.crash('oom');
    timers.advance(10_000);
    contents.crash('killed');
    expect(contents.calls).toEqual(['reload', 'reload']);
    expect(relaunches()).toBe(1);
  });

  it('forgets crashes older than the window', () => {
    const { contents, relaunches, timers } = setup();
    contents.crash('crashed');
    contents.crash('crashed');
    timers.advance(61_000);
    contents.crash('crashed');
    expect(relaunches()).toBe(0);
  });

  it('kills a hung renderer after a grace period (which then reloads), unless it recovers', () => {
    const { contents, timers } = setup();
    contents.emit('unresponsive');
    timers.advance(4_000);
    contents.emit('responsive');
    timers.advance(10_000);
    expect(contents.calls).toEqual([]);
    contents.emit('unresponsive');
    contents.emit('unresponsive');
    timers.advance(5_000);
    expect(contents.calls).toEqual(['forcefullyCrashRenderer']);
  });
});

describe('daily restart', () => {
  it('computes the time to the next configured hour', () => {
    expect(msUntilNextHour(new Date(2026, 0, 1, 3, 30), 4)).toBe(30 * 60_000);
    expect(msUntilNextHour(new Date(2026, 0, 1, 4, 0), 4)).toBe(24 * 3_600_000);
    expect(msUntilNextHour(new Date(2026, 0, 1, 22, 0), 4)).toBe(6 * 3_600_000);
  });

  it('restarts at the hour, waiting while someone is using the kiosk', () => {
    const timers = new FakeTimers(new Date(2026, 0, 1, 3, 0).getTime());
    let idle = false;
    let restarts = 0;
    scheduleDailyRestart({ hour: 4, timers, isIdle: () => idle, restart: () => restarts++, retryMs: 60_000 });
    timers.advance(59 * 60_000);
    expect(restarts).toBe(0);
    timers.advance(2 * 60_000);
    expect(restarts).toBe(0);
    idle = true;
    timers.advance(60_000);
    expect(restarts).toBe(1);
  });
});
