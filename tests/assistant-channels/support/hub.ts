import net from 'node:net';
// A running hub with the assistant on, a temp SQLite database and socket.io clients for tests.
import type { ClientToServerEvents, MessageDto, ServerToClientEvents } from '@hub/contract';
import { loadKnowledgeBase } from '@hub/knowledge';
import type { AppDeps } from '@hub/server/src/app.ts';
import type { Config } from '@hub/server/src/config/schema.ts';
import { createTestDatabase, type TestDatabase } from '@hub/server/src/db/testing.ts';
import { listen, type RunningHub } from '@hub/server/src/http-server.ts';
import { createLogger } from '@hub/server/src/logger.ts';
import { testConfig } from '@hub/server/src/testing/test-config.ts';
import { io as connect, type Socket } from 'socket.io-client';
import request from 'supertest';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A Wednesday at 11:00 in Sofia: inside staff working hours. */
export const OFFICE_TIME = new Date('2026-11-25T09:00:00Z');

export interface TestHub {
  hub: RunningHub;
  t: TestDatabase;
  close(): Promise<void>;
}

export async function startTestHub(
  overrides: Partial<Config> = {},
  deps: Partial<AppDeps> = {},
): Promise<TestHub> {
  const t = await createTestDatabase('sqlite');
  const hub = await listen(testConfig({ host: '127.0.0.1', port: 0, assistantEnabled: true, ...overrides }), {
    db: t.db,
    kb: loadKnowledgeBase(),
    logger: createLogger('silent'),
    ...deps,
    assistant: { clock: { now: () => OFFICE_TIME }, ...deps.assistant },
  });
  return {
    hub,
    t,
    async close() {
      await hub.close();
      await t.drop();
    },
  };
}

export function openSocket(
  url: string,
  options: { auth?: Record<string, unknown>; cookie?: string; origin?: string } = {},
): Promise<Client> {
  const socket: Client = connect(url, {
    transports: ['websocket'],
    auth: options.auth ?? {},
    extraHeaders: {
      origin: options.origin ?? 'http://localhost:3000',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export async function citizenSocket(url: string): Promise<Client> {
  const token = (await request(url).post('/api/citizen-token').expect(201)).body.token as string;
  return openSocket(url, { auth: { citizenToken: token } });
}

export async function staffCookie(url: string, email: string, password: string): Promise<string> {
  const res = await request(url).post('/api/staff/login').send({ email, password }).expect(200);
  return String(res.headers['set-cookie']).split(';')[0]!;
}

/** Collects bot messages pushed to a socket; `next(n)` waits until n more have arrived. */
export function botInbox(socket: Client) {
  const seen: MessageDto[] = [];
  let waiters: (() => void)[] = [];
  socket.on('message.created', (m) => {
    if (m.authorKind !== 'bot') return;
    seen.push(m);
    for (const w of waiters) w();
  });
  return {
    seen,
    async until(predicate: (m: MessageDto) => boolean, timeoutMs = 5000): Promise<MessageDto> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = seen.find(predicate);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no such bot message; got: ${seen.map((m) => m.body).join(' | ')}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
        waiters = [];
      }
    },
  };
}

/** A free loopback port, for tests whose PUBLIC_ORIGIN (the socket Origin check) must be known before listening. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
