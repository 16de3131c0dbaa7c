import type { WebContentsLike } from './electron-types.ts';
import type { Logger } from './logger.ts';
import type { Timers } from './timers.ts';

export interface CrashRecoveryOptions {
  webContents: WebContentsLike;
  /** Restarts the whole app (app.relaunch() + app.exit()). */
  relaunch(): void;
  timers: Timers;
  logger: Logger;
  /** This many renderer crashes within windowMs relaunch the app instead of reloading. */
  maxCrashes?: number;
  windowMs?: number;
  /** How long a hung renderer gets to recover by itself before it is killed and reloaded. */
  hangGraceMs?: number;
}

export function attachCrashRecovery(o: CrashRecoveryOptions): void {
  const maxCrashes = o.maxCrashes ?? 3;
  const windowMs = o.windowMs ?? 10 * 60_000;
  const hangGraceMs = o.hangGraceMs ?? 10_000;
  let crashes: number[] = [];
  let hang: unknown;

  o.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const now = o.timers.now();
    crashes = [...crashes.filter((t) => now - t < windowMs), now];
    o.logger.error('renderer gone', {
      reason: details.reason,
      exitCode: details.exitCode,
      recent: crashes.length,
    });
    if (crashes.length >= maxCrashes) {
      o.relaunch();
      return;
    }
    o.webContents.reload();
  });

  o.webContents.on('unresponsive', () => {
    if (hang !== undefined) return;
    o.logger.warn('renderer unresponsive');
    hang = o.timers.setTimeout(() => {
      hang = undefined;
      o.logger.error('renderer hung; reloading');
      // Killing it raises render-process-gone, which reloads (and counts towards a relaunch).
      o.webContents.forcefullyCrashRenderer();
    }, hangGraceMs);
  });

  o.webContents.on('responsive', () => {
    if (hang === undefined) return;
    o.timers.clearTimeout(hang);
    hang = undefined;
    o.logger.info('renderer responsive again');
  });
}
