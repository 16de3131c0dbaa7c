import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { redisCluster, type RedisCluster } from './redis.ts';

// Runs against the Redis server on our machines (.ci/run starts it); a fresh prefix per run.
const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `hub-test:${randomUUID().slice(0, 8)}:`;
const opened: RedisCluster[] = [];
async function node(): Promise<RedisCluster> {
  const cluster = await redisCluster({ url, prefix });
  opened.push(cluster);
  return cluster;
}
afterAll(async () => {
  const [first] = opened;
  if (first) {
    const keys = await first.client.keys(`${prefix}*`);
    if (keys.length) await first.client.del(keys);
  }
  await Promise.all(opened.map((c) => c.close()));
});

describe('redisCluster', () => {
  it('delivers a published payload to every node exactly once, the publisher included', async () => {
    const [a, b] = [await node(), await node()];
    const seenA: unknown[] = [];
    const arrivedB = new Promise<unknown>((resolve) => b.bus.subscribe('kb.published', resolve));
    a.bus.subscribe('kb.published', (p) => void seenA.push(p));
    // Both subscriptions are live once Redis counts them.
    await expect
      .poll(() => a.client.sendCommand(['PUBSUB', 'NUMSUB', `${prefix}bus:kb.published`]))
      .toEqual([`${prefix}bus:kb.published`, 2]);
    await a.bus.publish('kb.published', { slug: 'local-tax' });
    expect(await arrivedB).toEqual({ slug: 'local-tax' });
    expect(seenA).toEqual([{ slug: 'local-tax' }]);
  });

  it('runs an exclusive job on one node at a time, and releases only its own lock', async () => {
    const [a, b] = [await node(), await node()];
    let release!: () => void;
    let runs = 0;
    const first = a.jobs.runExclusive('retention', 60_000, async () => {
      runs += 1;
      await new Promise<void>((resolve) => (release = resolve));
    });
    await expect.poll(() => runs).toBe(1);
    expect(await b.jobs.runExclusive('retention', 60_000, async () => void (runs += 1))).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(await b.jobs.runExclusive('retention', 60_000, async () => void (runs += 1))).toBe(true);
    expect(runs).toBe(2);

    // A job that outlived its hold: the lock expired and another node took it; the late finisher must not free it.
    const late = a.jobs.runExclusive('aggregate', 30, async () => {
      await new Promise((resolve) => setTimeout(resolve, 80));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    let secondHolds!: () => void;
    const taken = b.jobs.runExclusive('aggregate', 60_000, () => new Promise<void>((r) => (secondHolds = r)));
    await late;
    expect(await a.jobs.runExclusive('aggregate', 60_000, async () => undefined)).toBe(false);
    secondHolds();
    expect(await taken).toBe(true);
  });

  it('shares stored values between nodes and forgets them after their time to live', async () => {
    const [a, b] = [await node(), await node()];
    await a.store.set('presence:a', 'available', 30);
    await a.store.set('presence:b', 'away', 60_000);
    expect(await b.store.get('presence:b')).toBe('away');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await b.store.get('presence:a')).toBeUndefined();
    await b.store.delete('presence:b');
    expect(await a.store.get('presence:b')).toBeUndefined();
  });
});
