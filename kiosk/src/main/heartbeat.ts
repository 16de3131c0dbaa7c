import type { Logger, LogFields } from './logger.ts';
import type { Timers } from './timers.ts';

/** What a kiosk reports to the hub server (proposed body of POST /api/kiosk/heartbeat). */
export interface HeartbeatPayload {
  deviceId: string;
  version: string;
  district: string;
  location: string;
  uptimeSeconds: number;
  lastResetAt: string | null;
  errorsSinceLastHeartbeat: number;
  heartbeatSeconds: number;
  /** The highest pushed item already applied (see remote-control.ts). */
  pushAfter: number;
}

export interface HeartbeatOptions {
  url: string;
  token?: string;
  intervalMs: number;
  payload(): HeartbeatPayload;
  fetch: typeof fetch;
  timers: Timers;
  logger: Logger;
  /** Called after every attempt, so the supervisor state (online or not) is known in main too. */
  onResult?(online: boolean): void;
  /** The server's answer (pushed messages and settings), unvalidated: remote-control.ts checks it. */
  onAnswer?(body: unknown): void;
}

export function createHeartbeat(o: HeartbeatOptions): {
  beat(): Promise<boolean>;
  start(): void;
  stop(): void;
} {
  let handle: unknown;
  let lastOk: boolean | null = null;

  const beat = async () => {
    let ok = false;
    let answer: unknown;
    try {
      const res = await o.fetch(o.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(o.token ? { Authorization: `Bearer ${o.token}` } : {}),
        },
        body: JSON.stringify(o.payload()),
        signal: AbortSignal.timeout(10_000),
      });
      ok = res.ok;
      if (!ok && lastOk !== false) o.logger.warn('heartbeat refused', { status: res.status });
      if (ok && o.onAnswer) answer = await res.json().catch(() => null);
    } catch {
      if (lastOk !== false) o.logger.warn('heartbeat failed: server unreachable');
    }
    if (ok && lastOk === false) o.logger.info('heartbeat delivered again');
    lastOk = ok;
    o.onResult?.(ok);
    if (answer !== undefined) {
      try {
        o.onAnswer?.(answer);
      } catch (err) {
        o.logger.error('heartbeat answer not applied', {
          error: err instanceof Error ? err.message : 'unknown',
        });
      }
    }
    return ok;
  };

  return {
    beat,
    start() {
      if (handle !== undefined) return;
      void beat();
      handle = o.timers.setInterval(() => void beat(), o.intervalMs);
    },
    stop() {
      if (handle !== undefined) o.timers.clearInterval(handle);
      handle = undefined;
    },
  };
}

/** Wraps a logger to count errors between heartbeats. */
export function countingErrors(inner: Logger): { logger: Logger; take(): number } {
  let errors = 0;
  return {
    logger: {
      info: (m: string, f?: LogFields) => inner.info(m, f),
      warn: (m: string, f?: LogFields) => inner.warn(m, f),
      error: (m: string, f?: LogFields) => {
        errors += 1;
        inner.error(m, f);
      },
    },
    take() {
      const n = errors;
      errors = 0;
      return n;
    },
  };
}
