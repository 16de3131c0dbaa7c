import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from './logger.ts';
import { refreshSnapshot } from './snapshot-refresh.ts';

const good = JSON.stringify({
  builtAt: '2026-01-01',
  services: [{ slug: 'x' }],
  districts: [],
  categories: [],
  lifeEvents: [],
});

function run(response: () => Promise<Response>) {
  const files = new Map<string, string>([['/data/snapshot.json', 'old']]);
  const done = refreshSnapshot({
    url: 'https://hub/api/kiosk/snapshot',
    target: '/data/snapshot.json',
    fetch: (async () => response()) as unknown as typeof fetch,
    writeFile: async (f, d) => {
      files.set(f, d);
    },
    rename: async (from, to) => {
      files.set(to, files.get(from)!);
      files.delete(from);
    },
    logger: createMemoryLogger(),
  });
  return { done, files };
}

describe('snapshot refresh', () => {
  it('replaces the device copy with a valid snapshot', async () => {
    const { done, files } = run(async () => new Response(good));
    expect(await done).toBe(true);
    expect(files.get('/data/snapshot.json')).toBe(good);
    expect([...files.keys()]).toEqual(['/data/snapshot.json']);
  });

  it('sends the ETag it has and keeps the copy when the server answers 304', async () => {
    const cache: { etag?: string } = {};
    const seen: (string | null)[] = [];
    const fetchFake = (async (_url: string, init: RequestInit) => {
      const sent = new Headers(init.headers).get('if-none-match');
      seen.push(sent);
      return sent === '"v1"'
        ? new Response(null, { status: 304 })
        : new Response(good, { headers: { etag: '"v1"' } });
    }) as unknown as typeof fetch;
    const options = {
      url: 'https://hub/api/kiosk/snapshot',
      target: '/data/snapshot.json',
      fetch: fetchFake,
      writeFile: async () => undefined,
      rename: async () => undefined,
      logger: createMemoryLogger(),
      cache,
    };
    expect(await refreshSnapshot(options)).toBe(true);
    expect(cache.etag).toBe('"v1"');
    expect(await refreshSnapshot(options)).toBe(false);
    expect(seen).toEqual([null, '"v1"']);
  });

  it.each([
    ['a 404', async () => new Response('nope', { status: 404 })],
    ['an HTML page', async () => new Response('<html>')],
    [
      'an empty knowledge base',
      async () =>
        new Response(
          JSON.stringify({ builtAt: 'x', services: [], districts: [], categories: [], lifeEvents: [] }),
        ),
    ],
    ['an unreachable server', async () => Promise.reject(new TypeError('fetch failed'))],
  ])('keeps the old copy on %s', async (_name, response) => {
    const { done, files } = run(response as () => Promise<Response>);
    expect(await done).toBe(false);
    expect(files.get('/data/snapshot.json')).toBe('old');
  });
});
