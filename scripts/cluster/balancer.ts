// A small local load balancer for `npm run cluster` and the multi-node tests (nginx does this in production:
// docs/deploy/nginx.conf). HTTP requests are proxied round-robin and made sticky with a cookie, so socket.io's
// long-polling transport keeps talking to one node; WebSocket upgrades are piped as raw TCP. A node that refuses
// a connection is skipped for a moment and the request goes to the next one.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Backend {
  host: string;
  port: number;
}

export interface Balancer {
  url: string;
  port: number;
  /** Connections and requests sent to each backend so far (index = backend). */
  counts: number[];
  close(): Promise<void>;
}

const COOKIE = 'hub_node';
const DOWN_FOR_MS = 2_000;

export async function startBalancer(backends: Backend[], port = 0, host = '127.0.0.1'): Promise<Balancer> {
  let next = 0;
  const downUntil = backends.map(() => 0);
  const counts = backends.map(() => 0);
  const sockets = new Set<net.Socket>();

  /**
   * Backends to try in order: the sticky one first (if named and not down), then round-robin. The sticky one
   * is the `hub_node` cookie, or a `hub_node` query parameter (tests use it to place a socket on a node).
   */
  function order(req: http.IncomingMessage): number[] {
    const now = Date.now();
    const up = backends.map((_, i) => i).filter((i) => downUntil[i]! <= now);
    const pool = up.length ? up : backends.map((_, i) => i);
    const named =
      /[?&]hub_node=(\d+)/.exec(req.url ?? '') ?? /(?:^|;\s*)hub_node=(\d+)/.exec(req.headers.cookie ?? '');
    const sticky = Number(named?.[1] ?? NaN);
    const start = next++ % pool.length;
    const rotated = [...pool.slice(start), ...pool.slice(0, start)];
    return pool.includes(sticky) ? [sticky, ...rotated.filter((i) => i !== sticky)] : rotated;
  }

  const server = http.createServer((req, res) => {
    const candidates = order(req);
    const body: Buffer[] = [];
    req.on('data', (chunk: Buffer) => body.push(chunk));
    req.on('end', () => attempt(0));
    function attempt(k: number): void {
      const index = candidates[k];
      if (index === undefined) {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'unavailable', message: 'no server node answered' }));
        return;
      }
      const target = backends[index]!;
      const upstream = http.request(
        {
          host: target.host,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
        },
        (answer) => {
          counts[index]! += 1;
          const headers = { ...answer.headers };
          const setCookie = [answer.headers['set-cookie'] ?? []].flat();
          headers['set-cookie'] = [...setCookie, `${COOKIE}=${index}; Path=/; HttpOnly; SameSite=Lax`];
          res.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        if (res.headersSent) return void res.destroy();
        // Refused or reset before answering: that node is down; try the next one.
        downUntil[index] = Date.now() + DOWN_FOR_MS;
        if (error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET') return attempt(k + 1);
        attempt(candidates.length);
      });
      upstream.end(Buffer.concat(body));
    }
  });

  server.on('upgrade', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const candidates = order(req);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const attempt = (k: number): void => {
      const index = candidates[k];
      if (index === undefined) return void client.destroy();
      const target = backends[index]!;
      const upstream = net.connect(target.port, target.host);
      let connected = false;
      sockets.add(upstream);
      client.once('close', () => upstream.destroy());
      upstream.once('connect', () => {
        connected = true;
        counts[index]! += 1;
        // Replay the handshake as received, then splice the two sockets together.
        const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
        for (let i = 0; i < req.rawHeaders.length; i += 2)
          lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (head.length) upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => {
        if (connected) return void client.destroy();
        // Refused: that node is down; try the next one.
        downUntil[index] = Date.now() + DOWN_FOR_MS;
        attempt(k + 1);
      });
      upstream.on('close', () => {
        sockets.delete(upstream);
        if (connected) client.destroy();
      });
    };
    attempt(0);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    counts,
    async close() {
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
