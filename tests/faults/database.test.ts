// The database goes away under a running hub (a proxy in front of the shared PostgreSQL server is cut):
// requests and socket events fail at once with a clear 503 / `unavailable`, and the hub recovers by itself.
import type { ClientToServerEvents, ServerToClientEvents } from '@hub/contract';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '../../server/src/db/client.ts';
import { createTestDatabase, type TestDatabase } from '../../server/src/db/testing.ts';
import { listen, type RunningHub } from '../../server/src/http-server.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createLocalUser } from '../../server/src/staff/users.ts';
import { createFakeKnowledgeBase } from '../../server/src/testing/fake-kb.ts';
import { testConfig } from '../../server/src/testing/test-config.ts';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let t: TestDatabase;
let proxy: TcpProxy;
let db: Db;
let hub: RunningHub;
let citizen: Client;
let conversationId: string;
const origin = 'http://localhost:3000';

beforeAll(async () => {
  t = await createTestDatabase('postgresql');
  proxy = await startTcpProxy(Number(new URL(t.url).port || 5432));
  const viaProxy = new URL(t.url);
  viaProxy.port = String(proxy.port);
  db = createPrismaClient(viaProxy.toString());
  await createLocalUser(t.db, {
    email: 'ana@hub.local',
    displayName: 'Ана',
    role: 'agent',
    password: 'ana-password-123',
  });
  hub = await listen(testConfig({ databaseProvider: 'postgresql', loginAttemptsPer15Min: 100 }), {
    db,
    kb: createFakeKnowledgeBase(),
    logger: createLogger('silent'),
  });
  const token = (
    (await (await fetch(`${hub.url}/api/citizen-token`, { method: 'POST' })).json()) as { token: string }
  ).token;
  citizen = io(hub.url, {
    transports: ['websocket'],
    auth: { citizenToken: token },
    extraHeaders: { origin },
    forceNew: true,
  });
  await new Promise((resolve) => citizen.once('connect', () => resolve(undefined)));
  const started = await citizen.emitWithAck('conversation.start', { channel: 'web', lang: 'bg' });
  if (!started.ok) throw new Error(started.error.message);
  conversationId = started.data.conversationId;
}, 60_000);

afterAll(async () => {
  citizen?.disconnect();
  await hub?.close();
  await db?.$disconnect();
  await proxy?.close();
  await t?.drop();
});

const login = () =>
  fetch(`${hub.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: 'ana@hub.local', password: 'ana-password-123' }),
  });

/** Runs `fn` and returns its result with how long it took. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

let n = 0;
const send = () =>
  citizen.timeout(10_000).emitWithAck('message.send', {
    conversationId,
    clientMessageId: `fault-message-${++n}`,
    body: 'Здравейте',
  });

describe('database unavailable', () => {
  it('answers 503 unavailable at once while the server refuses connections, then recovers', async () => {
    expect((await login()).status).toBe(200);
    await proxy.cut('refuse');

    for (let i = 0; i < 3; i += 1) {
      const { value: res, ms } = await timed(login);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ code: 'unavailable', message: expect.stringContaining('database') });
      expect(ms).toBeLessThan(2_000);
    }
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(503);
    const refused = await send();
    expect(refused).toEqual({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('database') },
    });
    // What does not need the database keeps working.
    expect((await fetch(`${hub.url}/api/openapi.json`)).status).toBe(200);

    await proxy.restore();
    expect((await login()).status).toBe(200);
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
    expect(await send()).toMatchObject({ ok: true });
  });

  it('gives up within the connection timeout when the network swallows packets, then recovers', async () => {
    await proxy.cut('blackhole');
    // Open pooled connections died with the cut; new ones hang until the 5 s connection timeout.
    const first = await timed(login);
    expect(first.value.status).toBe(503);
    const second = await timed(login);
    expect(second.value.status).toBe(503);
    expect(second.ms).toBeLessThan(7_000);

    await proxy.restore();
    expect((await login()).status).toBe(200);
    expect(await send()).toMatchObject({ ok: true });
  }, 30_000);
});
