import type { Timers } from './timers.ts';

export interface IdleMonitorOptions {
  timeoutSeconds: number;
  /** How long before the reset the countdown shows. */
  warningSeconds: number;
  /** Seconds since the last touch, key or mouse input on the machine (Electron's powerMonitor.getSystemIdleTime). */
  getIdleSeconds(): number;
  onWarning(secondsLeft: number): void;
  onCancel(): void;
  onIdle(): void;
  timers: Timers;
}

export interface IdleMonitor {
  /** Checks once (called every second by start()). */
  tick(): void;
  start(): void;
  stop(): void;
}

/**
 * Resets once per visitor: after a reset nothing happens until someone touches the screen again, so an unused
 * kiosk is not wiped every few minutes. A touch during the countdown cancels it.
 */
export function createIdleMonitor(o: IdleMonitorOptions): IdleMonitor {
  const warnAt = o.timeoutSeconds - o.warningSeconds;
  let inUse = false;
  let warning = false;
  let handle: unknown;
  let previous: number | null = null;

  const tick = () => {
    const idle = o.getIdleSeconds();
    // The idle time only goes down when someone touched the screen.
    if (previous !== null && idle < previous) inUse = true;
    previous = idle;
    if (idle < warnAt) {
      if (warning) o.onCancel();
      warning = false;
      return;
    }
    if (!inUse) return;
    if (idle >= o.timeoutSeconds) {
      inUse = false;
      warning = false;
      o.onIdle();
      return;
    }
    warning = true;
    o.onWarning(Math.max(1, Math.ceil(o.timeoutSeconds - idle)));
  };

  return {
    tick,
    start() {
      if (handle === undefined) handle = o.timers.setInterval(tick, 1000);
    },
    stop() {
      if (handle !== undefined) o.timers.clearInterval(handle);
      handle = undefined;
    },
  };
}
