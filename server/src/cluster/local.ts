import { randomUUID } from 'node:crypto';
import type { Cluster } from './types.ts';

type Handler = (payload: unknown) => void | Promise<void>;

/** One process: the bus is an in-memory fan-out, jobs run under an in-memory lock, the store is a Map. */
export function localCluster(): Cluster {
  const topics = new Map<string, Set<Handler>>();
  const held = new Map<string, number>();
  const values = new Map<string, { value: string; expiresAt: number }>();
  return {
    mode: 'local',
    nodeId: `local-${randomUUID().slice(0, 8)}`,
    bus: {
      async publish(topic, payload) {
        // A structured clone gives handlers the same "crossed a boundary" copy they get from Redis.
        const copy: unknown = JSON.parse(JSON.stringify(payload ?? null));
        await Promise.all([...(topics.get(topic) ?? [])].map(async (handler) => handler(copy)));
      },
      subscribe(topic, handler) {
        const set = topics.get(topic) ?? new Set<Handler>();
        set.add(handler);
        topics.set(topic, set);
        return () => set.delete(handler);
      },
    },
    jobs: {
      async runExclusive(name, ttlMs, job) {
        const now = Date.now();
        const until = held.get(name);
        if (until !== undefined && until > now) return false;
        held.set(name, now + ttlMs);
        try {
          await job();
        } finally {
          held.delete(name);
        }
        return true;
      },
    },
    store: {
      async get(key) {
        const entry = values.get(key);
        if (!entry) return undefined;
        if (entry.expiresAt <= Date.now()) {
          values.delete(key);
          return undefined;
        }
        return entry.value;
      },
      async set(key, value, ttlMs) {
        values.set(key, { value, expiresAt: Date.now() + ttlMs });
      },
      async delete(key) {
        values.delete(key);
      },
    },
    async close() {
      topics.clear();
      held.clear();
      values.clear();
    },
  };
}
