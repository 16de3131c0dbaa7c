import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing.ts';
import { PrismaStorage, StorageConflictError } from './prisma-storage.ts';
import { createSerialQueue } from './serial.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('sqlite');
});
afterAll(async () => {
  await t?.drop();
});

describe('PrismaStorage (botbuilder Storage over the BotState table)', () => {
  it('reads what was written, with a fresh eTag each write', async () => {
    const storage = new PrismaStorage(t.db);
    expect(await storage.read(['a'])).toEqual({});
    await storage.write({ a: { lang: 'bg', turns: 1 } });
    const first = await storage.read(['a', 'missing']);
    expect(first).toEqual({ a: { lang: 'bg', turns: 1, eTag: expect.any(String) } });
    await storage.write({ a: { ...first.a, turns: 2 } });
    const second = await storage.read(['a']);
    expect(second.a.turns).toBe(2);
    expect(second.a.eTag).not.toBe(first.a.eTag);
  });

  it('refuses a write based on a stale eTag, and lets * overwrite', async () => {
    const storage = new PrismaStorage(t.db);
    await storage.write({ b: { n: 1 } });
    const stale = await storage.read(['b']);
    await storage.write({ b: { ...stale.b, n: 2 } });
    await expect(storage.write({ b: { ...stale.b, n: 3 } })).rejects.toBeInstanceOf(StorageConflictError);
    await storage.write({ b: { n: 4, eTag: '*' } });
    expect((await storage.read(['b'])).b.n).toBe(4);
  });

  it('deletes', async () => {
    const storage = new PrismaStorage(t.db);
    await storage.write({ c: { n: 1 } });
    await storage.delete(['c']);
    expect(await storage.read(['c'])).toEqual({});
  });
});

describe('createSerialQueue', () => {
  it('runs tasks of one key one at a time, in order, even after a failure', async () => {
    const run = createSerialQueue();
    const log: string[] = [];
    const task =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      run('k', task('a', 30, true)),
      run('k', task('b', 1)),
      run('other', task('c', 1)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(log.indexOf('end a')).toBeLessThan(log.indexOf('start b'));
    expect(log.indexOf('start c')).toBeLessThan(log.indexOf('end a'));
  });
});
