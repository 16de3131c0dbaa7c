import { describe, expect, it } from 'vitest';
import type { LoginContext } from './login-context.ts';
import { createMemoryEauthStore } from './memory-store.ts';

const context: LoginContext = { purpose: 'citizen', level: 'LOW', returnPath: '/chat', lang: 'bg' };

describe('createMemoryEauthStore', () => {
  it('hands out a pending request once, then reports it as used', async () => {
    const store = createMemoryEauthStore(() => 1_000);
    await store.savePending('_r1', context, 60_000);
    expect(await store.takePending('_r1')).toEqual({ status: 'pending', context });
    expect(await store.takePending('_r1')).toEqual({ status: 'used', context });
    expect(await store.takePending('_other')).toEqual({ status: 'unknown' });
  });

  it('forgets a request after its TTL', async () => {
    let t = 0;
    const store = createMemoryEauthStore(() => t);
    await store.savePending('_r1', context, 60_000);
    t = 60_001;
    expect(await store.takePending('_r1')).toEqual({ status: 'unknown' });
  });

  it('recognises a replayed assertion until its expiry', async () => {
    let t = 0;
    const store = createMemoryEauthStore(() => t);
    expect(await store.rememberAssertion('_a', 5_000)).toBe(true);
    expect(await store.rememberAssertion('_a', 5_000)).toBe(false);
    t = 5_001;
    expect(await store.rememberAssertion('_a', 10_000)).toBe(true);
  });

  it('stays bounded when flooded, dropping the oldest requests', async () => {
    const store = createMemoryEauthStore(() => 0, 3);
    for (const id of ['_1', '_2', '_3', '_4']) await store.savePending(id, context, 60_000);
    expect(store.snapshot().requests.map(([id]) => id)).toEqual(['_2', '_3', '_4']);
    expect(await store.takePending('_1')).toEqual({ status: 'unknown' });
  });
});
