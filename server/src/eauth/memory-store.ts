import type { LoginContext } from './login-context.ts';
import type { EauthStore, TakenRequest } from './store.ts';

interface Entry {
  context: LoginContext;
  used: boolean;
  expiresAt: number;
}

/** Used requests are remembered this much longer so that a replay is named as one. */
const USED_GRACE_MS = 60 * 60_000;

/** In-process store for one server; a cluster needs a shared one (see the Prisma notes). */
export interface MemoryEauthStore extends EauthStore {
  /** Everything held, for tests that prove no personal data is kept. */
  snapshot(): { requests: [string, Entry][]; assertions: [string, number][] };
}

/** Bounds memory if /eauth/login is flooded (rate limiting is the real defence). */
const MAX_ENTRIES = 50_000;

function evictOldest<V>(map: Map<string, V>, max: number): void {
  // Maps iterate in insertion order, so the first keys are the oldest.
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}

export function createMemoryEauthStore(
  now: () => number = Date.now,
  maxEntries: number = MAX_ENTRIES,
): MemoryEauthStore {
  const requests = new Map<string, Entry>();
  const assertions = new Map<string, number>();

  const sweep = () => {
    const t = now();
    for (const [id, e] of requests) if (e.expiresAt <= t) requests.delete(id);
    for (const [id, until] of assertions) if (until <= t) assertions.delete(id);
  };

  return {
    async savePending(requestId, context, ttlMs) {
      sweep();
      requests.set(requestId, { context, used: false, expiresAt: now() + ttlMs });
      evictOldest(requests, maxEntries);
    },
    async takePending(requestId): Promise<TakenRequest> {
      sweep();
      const entry = requests.get(requestId);
      if (!entry) return { status: 'unknown' };
      if (entry.used) return { status: 'used', context: entry.context };
      entry.used = true;
      entry.expiresAt = Math.max(entry.expiresAt, now() + USED_GRACE_MS);
      return { status: 'pending', context: entry.context };
    },
    async rememberAssertion(assertionId, untilMs) {
      sweep();
      if (assertions.has(assertionId)) return false;
      assertions.set(assertionId, untilMs);
      evictOldest(assertions, maxEntries);
      return true;
    },
    snapshot() {
      return { requests: [...requests.entries()], assertions: [...assertions.entries()] };
    },
  };
}
