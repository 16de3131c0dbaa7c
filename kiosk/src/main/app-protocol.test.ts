import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './app-protocol.ts';

const files: Record<string, string> = {
  '/app/renderer/index.html': '<!doctype html>',
  '/app/renderer/kiosk.js': 'export {}',
  '/app/snapshot.json': '{"bundled":true}',
  '/app/secret.txt': 'secret',
};

function handler(extra: Record<string, string> = {}) {
  const all = { ...files, ...extra };
  return createAppProtocolHandler({
    rootDir: '/app/renderer',
    snapshotPaths: ['/data/snapshot.json', '/app/snapshot.json'],
    headers: { 'Content-Security-Policy': "default-src 'none'" },
    readFile: async (file) => {
      const body = all[path.resolve(file)];
      if (body === undefined) throw new Error('ENOENT');
      return new TextEncoder().encode(body);
    },
  });
}

describe('app:// protocol', () => {
  it('serves the screens with the security headers', async () => {
    const res = await handler()({ url: 'app://kiosk/', method: 'GET' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<!doctype html>');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(res.headers.get('content-type')).toContain('text/html');
    const js = await handler()({ url: 'app://kiosk/kiosk.js', method: 'GET' });
    expect(js.headers.get('content-type')).toContain('text/javascript');
  });

  it.each([
    'app://kiosk/../secret.txt',
    'app://kiosk/%2e%2e/secret.txt',
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/nope.js',
  ])('refuses %s', async (url) => {
    expect((await handler()({ url, method: 'GET' })).status).toBe(404);
  });

  it('refuses anything but GET', async () => {
    expect((await handler()({ url: 'app://kiosk/', method: 'POST' })).status).toBe(405);
  });

  it('serves the downloaded snapshot, else the bundled one', async () => {
    expect(await (await handler()({ url: 'app://kiosk/snapshot.json', method: 'GET' })).text()).toBe(
      '{"bundled":true}',
    );
    const fresh = handler({ '/data/snapshot.json': '{"fresh":true}' });
    expect(await (await fresh({ url: 'app://kiosk/snapshot.json', method: 'GET' })).text()).toBe(
      '{"fresh":true}',
    );
  });
});
