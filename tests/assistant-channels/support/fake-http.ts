// A recording HTTP server on loopback, standing in for a channel's API (Viber, the Bot Connector service).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeApi {
  url: string;
  requests: Recorded[];
  /** How many requests were answered with a failure from failNext. */
  failed(): number;
  /** Status codes to answer the next requests with before answering normally (to exercise retries). */
  failNext(...statuses: number[]): void;
  waitFor(count: number, timeoutMs?: number): Promise<Recorded[]>;
  close(): Promise<void>;
}

export async function startFakeApi(answer: (req: Recorded) => unknown): Promise<FakeApi> {
  const requests: Recorded[] = [];
  const failures: number[] = [];
  let failedCount = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: Recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      const failure = failures.shift();
      if (failure) {
        failedCount++;
        res.writeHead(failure).end();
        return;
      }
      requests.push(recorded);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(recorded) ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failed: () => failedCount,
    failNext: (...statuses) => failures.push(...statuses),
    async waitFor(count, timeoutMs = 8000) {
      const deadline = Date.now() + timeoutMs;
      while (requests.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} requests, got ${requests.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return requests;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
