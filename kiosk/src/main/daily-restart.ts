import type { Timers } from './timers.ts';

/** Milliseconds from `now` to the next time the local clock shows `hour`:00. */
export function msUntilNextHour(now: Date, hour: number): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

export interface DailyRestartOptions {
  hour: number;
  timers: Timers;
  /** True when nobody is using the kiosk; a restart waits for that. */
  isIdle(): boolean;
  restart(): void;
  retryMs?: number;
}

export function scheduleDailyRestart(o: DailyRestartOptions): { cancel(): void } {
  const retryMs = o.retryMs ?? 60_000;
  let handle: unknown;
  const attempt = () => {
    if (o.isIdle()) {
      o.restart();
      return;
    }
    handle = o.timers.setTimeout(attempt, retryMs);
  };
  handle = o.timers.setTimeout(attempt, msUntilNextHour(new Date(o.timers.now()), o.hour));
  return { cancel: () => o.timers.clearTimeout(handle) };
}
