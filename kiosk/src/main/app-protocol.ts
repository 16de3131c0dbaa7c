import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.vtt': 'text/vtt; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface AppProtocolOptions {
  /** The built screens (dist/apps/kiosk). */
  rootDir: string;
  /** Where the offline knowledge snapshot may be, best first (downloaded copy, then the bundled one). */
  snapshotPaths: string[];
  headers: Record<string, string>;
  readFile(file: string): Promise<Uint8Array>;
}

/** Serves app://kiosk/… from the screens' folder only; /snapshot.json from the device's snapshot. */
export function createAppProtocolHandler(
  o: AppProtocolOptions,
): (request: { url: string; method: string }) => Promise<Response> {
  const root = path.resolve(o.rootDir);
  const notFound = () => new Response('not found', { status: 404, headers: o.headers });

  const readFirst = async (files: string[]) => {
    for (const file of files) {
      try {
        return { file, body: await o.readFile(file) };
      } catch {
        // try the next one
      }
    }
    return null;
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response(null, { status: 405, headers: o.headers });
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return notFound();
    }
    const candidates =
      pathname === '/snapshot.json'
        ? o.snapshotPaths
        : [path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`)];
    if (pathname !== '/snapshot.json' && !candidates[0]!.startsWith(root + path.sep)) return notFound();
    const found = await readFirst(candidates);
    if (!found) return notFound();
    const type = TYPES[path.extname(found.file)] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : (found.body as BodyInit), {
      status: 200,
      headers: { ...o.headers, 'Content-Type': type, 'Cache-Control': 'no-store' },
    });
  };
}
