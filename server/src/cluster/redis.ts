import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import type { Logger } from '../logger.ts';
import type { Cluster } from './types.ts';

type Handler = (payload: unknown) => void | Promise<void>;
export type RedisClient = ReturnType<typeof createClient>;

export interface RedisClusterOptions {
  url: string;
  /** Every key and channel starts with this (e.g. "hub:"), so several hubs or test runs can share one Redis. */
  prefix: string;
  logger?: Logger;
}

/** The Redis-backed cluster, plus what the socket.io adapter and the rate limiter need. */
export interface RedisCluster extends Cluster {
  mode: 'redis';
  prefix: string;
  /** Commands fail at once while Redis is unreachable (no offline queue): nodes keep serving on their own. */
  client: RedisClient;
  /** True while the command connection is up. */
  isReady(): boolean;
}

/** Deletes the lock only if it still holds our token (a lock that expired and was taken over is left alone). */
const RELEASE_LOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

const START_TIMEOUT_MS = 10_000;

/** Reconnect with a capped backoff, forever: a Redis restart must not need a hub restart. */
const reconnectStrategy = (retries: number) => Math.min(50 * 2 ** Math.min(retries, 5), 2_000);

/**
 * Several nodes sharing one Redis: the bus is Redis pub/sub (delivered to this node directly, so it also
 * works while Redis is away), jobs hold a `SET NX PX` lock with a random token released by a compare-and-delete
 * script, the store is plain `SET PX` keys.
 */
export async function redisCluster(options: RedisClusterOptions): Promise<RedisCluster> {
  const nodeId = `node-${randomUUID().slice(0, 8)}`;
  const { prefix, logger } = options;
  const client: RedisClient = createClient({
    url: options.url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy, connectTimeout: 2_000 },
  });
  // The socket.io adapter duplicates this client for its blocking stream reader and its subscriber: those
  // must wait for Redis to come back (an offline queue) instead of failing in a tight loop.
  const duplicate = client.duplicate.bind(client);
  client.duplicate = ((overrides?: Parameters<typeof duplicate>[0]) =>
    duplicate({ ...overrides, disableOfflineQueue: false })) as typeof client.duplicate;
  const subscriber = client.duplicate();
  const clients = [client, subscriber];

  let lastLogged = 0;
  for (const c of clients) {
    c.on('error', (error: unknown) => {
      // A dead Redis errors on every reconnect attempt; one line per 10 s is enough.
      if (Date.now() - lastLogged < 10_000) return;
      lastLogged = Date.now();
      logger?.warn(
        { error: { type: (error as Error)?.name, code: (error as { code?: string })?.code } },
        'redis unavailable',
      );
    });
  }
  // A node that cannot reach Redis at start says so instead of waiting forever.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`REDIS_URL: Redis did not answer within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([Promise.all([client.connect(), subscriber.connect()]), timeout]);
  } catch (error) {
    for (const c of clients) c.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }

  const topics = new Map<string, Set<Handler>>();
  const channel = (topic: string) => `${prefix}bus:${topic}`;

  async function deliver(topic: string, payload: unknown): Promise<void> {
    await Promise.all(
      [...(topics.get(topic) ?? [])].map(async (handler) => {
        try {
          await handler(payload);
        } catch (error) {
          logger?.warn({ topic, error: { type: (error as Error)?.name } }, 'bus handler failed');
        }
      }),
    );
  }

  return {
    mode: 'redis',
    nodeId,
    prefix,
    client,
    isReady: () => client.isReady,
    bus: {
      async publish(topic, payload) {
        const json = JSON.stringify({ from: nodeId, payload: payload ?? null });
        // This node hears it at once, whatever Redis does; other nodes skip their own echoes.
        const local = deliver(topic, (JSON.parse(json) as { payload: unknown }).payload);
        try {
          await client.publish(channel(topic), json);
        } finally {
          await local;
        }
      },
      subscribe(topic, handler) {
        let set = topics.get(topic);
        if (!set) {
          set = new Set<Handler>();
          topics.set(topic, set);
          subscriber
            .subscribe(channel(topic), (message) => {
              let parsed: { from?: unknown; payload?: unknown };
              try {
                parsed = JSON.parse(message) as { from?: unknown; payload?: unknown };
              } catch {
                return;
              }
              if (parsed.from !== nodeId) void deliver(topic, parsed.payload);
            })
            .catch((error: unknown) =>
              logger?.warn({ topic, error: { type: (error as Error)?.name } }, 'bus subscribe failed'),
            );
        }
        set.add(handler);
        return () => void set.delete(handler);
      },
    },
    jobs: {
      async runExclusive(name, ttlMs, job) {
        const key = `${prefix}job:${name}`;
        const token = `${nodeId}:${randomUUID()}`;
        let taken: unknown;
        try {
          taken = await client.sendCommand(['SET', key, token, 'PX', String(ttlMs), 'NX']);
        } catch (error) {
          // Without Redis nobody can know whether another node runs it: skip this round (runs once at most).
          logger?.warn({ job: name, error: { type: (error as Error)?.name } }, 'job lock unavailable');
          return false;
        }
        if (taken !== 'OK') return false;
        try {
          await job();
        } finally {
          await client.sendCommand(['EVAL', RELEASE_LOCK, '1', key, token]).catch(() => undefined);
        }
        return true;
      },
    },
    store: {
      async get(key) {
        const value = await client.get(`${prefix}store:${key}`);
        return value === null ? undefined : String(value);
      },
      async set(key, value, ttlMs) {
        await client.sendCommand(['SET', `${prefix}store:${key}`, value, 'PX', String(Math.max(1, ttlMs))]);
      },
      async delete(key) {
        await client.del(`${prefix}store:${key}`);
      },
    },
    async close() {
      topics.clear();
      await Promise.all(clients.map((c) => (c.isOpen ? c.close().catch(() => c.destroy()) : undefined)));
    },
  };
}
