import { describe, expect, it } from 'vitest';
import { localCluster } from './local.ts';

describe('localCluster', () => {
  it('fans a published payload out to every subscriber as a copy, until unsubscribed', async () => {
    const cluster = localCluster();
    const seen: unknown[] = [];
    const payload = { slug: 'local-tax' };
    const off = cluster.bus.subscribe('kb.published', (p) => void seen.push(p));
    await cluster.bus.publish('kb.published', payload);
    off();
    await cluster.bus.publish('kb.published', { slug: 'other' });
    expect(seen).toEqual([{ slug: 'local-tax' }]);
    expect(seen[0]).not.toBe(payload);
  });

  it('runs an exclusive job once while it is held, and again after it finished', async () => {
    const cluster = localCluster();
    let runs = 0;
    let release!: () => void;
    const first = cluster.jobs.runExclusive('retention', 60_000, async () => {
      runs += 1;
      await new Promise<void>((resolve) => (release = resolve));
    });
    expect(await cluster.jobs.runExclusive('retention', 60_000, async () => void (runs += 1))).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(await cluster.jobs.runExclusive('retention', 60_000, async () => void (runs += 1))).toBe(true);
    expect(runs).toBe(2);
  });

  it('forgets stored values after their time to live', async () => {
    const cluster = localCluster();
    await cluster.store.set('presence:a', 'available', 1);
    await cluster.store.set('presence:b', 'away', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await cluster.store.get('presence:a')).toBeUndefined();
    expect(await cluster.store.get('presence:b')).toBe('away');
  });
});
