import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { redisCluster, type RedisCluster } from '../cluster/redis.ts';
import { PresenceRegistry } from './presence.ts';
import { sharePresence } from './presence-share.ts';

// Two "nodes" in one process, on the Redis server of our machines, with a fresh prefix.
const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `hub-test:${randomUUID().slice(0, 8)}:`;
const clusters: RedisCluster[] = [];
afterAll(async () => {
  await Promise.all(clusters.map((c) => c.close()));
});

describe('sharePresence', () => {
  it('shows an agent connected to one node as online on the other, and offline once they leave', async () => {
    const [a, b] = [await redisCluster({ url, prefix }), await redisCluster({ url, prefix })];
    clusters.push(a, b);
    const [onA, onB] = [new PresenceRegistry(), new PresenceRegistry()];
    const stops = [sharePresence(onA, a), sharePresence(onB, b)];
    await expect
      .poll(() => a.client.sendCommand(['PUBSUB', 'NUMSUB', `${prefix}bus:helpdesk.presence`]))
      .toEqual([`${prefix}bus:helpdesk.presence`, 2]);

    onA.connect('agent-1', 'socket-1');
    onA.set('agent-1', 'available');
    await expect.poll(() => onB.statusOf('agent-1')).toBe('available');
    expect(onB.localStatusOf('agent-1')).toBe('offline');
    expect(onB.statusOf('agent-2')).toBe('offline');

    onA.set('agent-1', 'away');
    await expect.poll(() => onB.statusOf('agent-1')).toBe('away');
    onA.disconnect('agent-1', 'socket-1');
    await expect.poll(() => onB.statusOf('agent-1')).toBe('offline');
    for (const stop of stops) stop();
  });
});
