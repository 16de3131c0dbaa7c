/**
 * A per-socket token bucket: `capacity` events at once, refilled at `perSecond`. Keeps one client
 * from flooding the database and the other participants.
 */
export function createFloodGuard(capacity: number, perSecond: number, now: () => number = Date.now) {
  let tokens = capacity;
  let last = now();
  return function allow(): boolean {
    const t = now();
    tokens = Math.min(capacity, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
