// A slow and failing Viber API over real HTTP: a request that hangs is cut by the per-request timeout and
// retried, back-offs grow, messages of one user arrive once each and in order, and a dead API costs a bounded
// number of attempts and a bounded time (no request waits forever, nothing piles up).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createViberClient } from '../../assistant/src/channels/index.ts';

type Behaviour = 'ok' | 'hang' | 'fail';
let server: http.Server;
let url: string;
/** What the fake API does with the next requests, in order; then `ok`. */
let script: Behaviour[] = [];
const delivered: string[] = [];
const attempts: number[] = [];
let open = 0;
let maxOpen = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      attempts.push(performance.now());
      open += 1;
      maxOpen = Math.max(maxOpen, open);
      res.on('close', () => (open -= 1));
      const behaviour = script.shift() ?? 'ok';
      if (behaviour === 'hang') return; // never answers; the client's timeout must cut it
      if (behaviour === 'fail') return void res.writeHead(503).end();
      delivered.push((JSON.parse(body) as { text: string }).text);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":0}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pa`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The back-offs the client chose (it really waits them). */
const waits: number[] = [];
const client = (attemptsPerMessage = 4) =>
  createViberClient({
    apiUrl: url,
    authToken: 'test-token-123',
    botName: 'Тест',
    attempts: attemptsPerMessage,
    backoffMs: 40,
    timeoutMs: 400,
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
  });

describe('a slow or failing Viber API', () => {
  it('retries through a hang and errors with growing back-off, and delivers each message once, in order', async () => {
    delivered.length = 0;
    attempts.length = 0;
    waits.length = 0;
    script = ['hang', 'fail', 'fail', 'ok', 'fail', 'ok'];
    await client().send('user-1', [
      { type: 'text', text: 'първо' },
      { type: 'text', text: 'второ' },
    ]);
    expect(delivered).toEqual(['първо', 'второ']);
    expect(attempts).toHaveLength(6);
    // Exponential back-off with ±25 % jitter: ~40, ~80, ~160 ms for the first message, ~40 ms for the second.
    expect(waits).toHaveLength(4);
    [40, 80, 160, 40].forEach((base, i) => {
      expect(waits[i]).toBeGreaterThanOrEqual(base * 0.75);
      expect(waits[i]).toBeLessThanOrEqual(base * 1.25);
    });
  });

  it('gives up on a dead API after a bounded number of attempts and bounded time, with nothing left open', async () => {
    attempts.length = 0;
    waits.length = 0;
    const leftOver = open;
    maxOpen = open;
    script = Array.from({ length: 50 }, () => 'hang' as const);
    const started = performance.now();
    // Ten users at once against an API that never answers.
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        client(3).send(`user-${i}`, [{ type: 'text', text: 'здравейте' }]),
      ),
    );
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    // Three attempts per user, so two back-offs each (the client's count: a request cut by the client's timeout
    // on a crowded machine may not even have reached the server).
    expect(waits).toHaveLength(20);
    expect(attempts.length).toBeLessThanOrEqual(30);
    // 3 × 400 ms timeouts + back-offs (40 + 80 ms, ±25 %) ≈ 1.3 s; a request that waited forever would not end.
    expect(performance.now() - started).toBeLessThan(5_000);
    // One request at a time per user: never more open than users (+ any left from the test before).
    expect(maxOpen - leftOver).toBeLessThanOrEqual(10);
    await expect.poll(() => open).toBe(0);
    script = [];
  });
});
