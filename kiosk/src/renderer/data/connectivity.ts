import type { Fetch } from './api-catalog.ts';
import type { Connectivity } from './resilient-catalog.ts';

export interface ConnectivityMonitor extends Connectivity {
  subscribe(listener: (online: boolean) => void): () => void;
  /** Checks the server now. */
  check(): Promise<boolean>;
  stop(): void;
}

/** Watches the hub server's /healthz: offline after a failed request, back online by itself when it answers. */
export function createConnectivityMonitor(serverUrl: string, fetchImpl: Fetch, pollMs = 5000): ConnectivityMonitor {
  let online = true;
  const listeners = new Set<(online: boolean) => void>();
  const set = (value: boolean) => {
    if (value === online) return;
    online = value;
    for (const l of listeners) l(online);
  };
  const check = async () => {
    try {
      const res = await fetchImpl(`${serverUrl}/healthz`, { signal: AbortSignal.timeout(4000), credentials: 'omit' });
      set(res.ok);
    } catch {
      set(false);
    }
    return online;
  };
  const timer = setInterval(() => void check(), pollMs);
  return {
    isOnline: () => online,
    reportFailure: () => set(false),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check,
    stop: () => clearInterval(timer),
  };
}
