import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from '../db/testing.ts';
import type { LoginContext } from './login-context.ts';
import { createPrismaEauthStore } from './prisma-store.ts';

const context: LoginContext = {
  purpose: 'citizen',
  level: 'SUBSTANTIAL',
  returnPath: '/chat?c=1#x',
  conversationId: 'conv_1',
  lang: 'en',
};

describe.each(TEST_PROVIDERS)('createPrismaEauthStore on %s', (provider) => {
  let t: TestDatabase;
  let now = 1_000_000;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await t.drop();
  });

  it('hands out a pending request once, then reports it as used; unknown ids are unknown', async () => {
    const store = createPrismaEauthStore(t.db, () => now);
    await store.savePending('_r1', context, 60_000);
    expect(await store.takePending('_r1')).toEqual({ status: 'pending', context });
    expect(await store.takePending('_r1')).toEqual({ status: 'used', context });
    expect(await store.takePending('_other')).toEqual({ status: 'unknown' });
  });

  it('lets exactly one of two racing answers take a request', async () => {
    const store = createPrismaEauthStore(t.db, () => now);
    await store.savePending('_race', context, 60_000);
    const results = await Promise.all([store.takePending('_race'), store.takePending('_race')]);
    expect(results.map((r) => r.status).sort()).toEqual(['pending', 'used']);
  });

  it('forgets a request after its TTL and keeps a staff link hash with it', async () => {
    const store = createPrismaEauthStore(t.db, () => now);
    const staff: LoginContext = {
      purpose: 'staff',
      level: 'HIGH',
      returnPath: '/',
      lang: 'bg',
      linkCodeHash: 'ab',
    };
    await store.savePending('_r2', staff, 60_000);
    await store.savePending('_r3', staff, 60_000);
    expect(await store.takePending('_r3')).toEqual({ status: 'pending', context: staff });
    now += 60_001;
    expect(await store.takePending('_r2')).toEqual({ status: 'unknown' });
  });

  it('recognises a replayed assertion until its expiry', async () => {
    const store = createPrismaEauthStore(t.db, () => now);
    expect(await store.rememberAssertion('_a', now + 5_000)).toBe(true);
    expect(await store.rememberAssertion('_a', now + 5_000)).toBe(false);
    now += 5_001;
    expect(await store.rememberAssertion('_a', now + 10_000)).toBe(true);
  });
});
