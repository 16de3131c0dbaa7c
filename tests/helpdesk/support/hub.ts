// Test support: a real hub (express + socket.io) on an ephemeral port with a temp SQLite database,
// staff accounts, and socket.io clients for citizens and agents.
import type { ClientToServerEvents, ServerToClientEvents } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import net from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import request from 'supertest';
import { createDirectoryRouter, directoryNotFound } from '../../../server/src/directory/index.ts';
import type { Config } from '../../../server/src/config/schema.ts';
import { createTestDatabase, type TestDatabase } from '../../../server/src/db/testing.ts';
import type { AppDeps } from '../../../server/src/app.ts';
import { listen, type RunningHub } from '../../../server/src/http-server.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { createLocalUser } from '../../../server/src/staff/users.ts';
import { createFakeKnowledgeBase } from '../../../server/src/testing/fake-kb.ts';
import { testConfig } from '../../../server/src/testing/test-config.ts';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestHub {
  hub: RunningHub;
  t: TestDatabase;
  origin: string;
  close(): Promise<void>;
  staff: Record<string, { id: string; email: string; password: string }>;
  citizen(): Promise<Client>;
  /** A citizen socket and the anonymous token it connected with ("Your data", eAuth forms). */
  citizenWithToken(): Promise<{ socket: Client; token: string }>;
  agent(name: string): Promise<Client>;
  login(name: string): Promise<{ cookie: string; csrf: string }>;
  disconnectAll(): void;
}

export const STAFF = {
  ana: { displayName: 'Ана Петрова', role: 'agent' },
  boris: { displayName: 'Борис Иванов', role: 'agent' },
  sofia: { displayName: 'София Димитрова', role: 'supervisor' },
} as const;

export async function startTestHub(
  options: {
    kb?: KnowledgeBase;
    appsDir?: string;
    publicOrigin?: string;
    assistant?: boolean;
    /** Serve the public directory (its pages embed the real chat widget). */
    directory?: boolean;
    /** The assistant's clock: a Wednesday at 11:00 in Sofia, inside staff hours (handoffs are offered). */
    officeHours?: boolean;
    /** Other configuration (limits, proxies). */
    config?: Partial<Config>;
    /** eAuth for the hub's public origin (tests/eauth: the local test IdP). */
    eauth?: (publicOrigin: string) => Promise<AppDeps['eauth']>;
    /** The database (SQLite by default; tests/privacy runs on both). */
    provider?: 'sqlite' | 'postgresql';
  } = {},
): Promise<TestHub> {
  const t = await createTestDatabase(options.provider ?? 'sqlite');
  // Browser tests: the hub's own origin must be the address the browser opens, so pick the port first.
  const port = options.appsDir || options.eauth ? await freePort() : 0;
  const publicOrigin =
    options.publicOrigin ?? (options.appsDir || options.eauth ? `http://127.0.0.1:${port}` : undefined);
  const base = testConfig({
    host: '127.0.0.1',
    port,
    ...(publicOrigin ? { publicOrigin } : {}),
    ...(options.assistant ? { assistantEnabled: true } : {}),
    ...options.config,
  });
  const hub = await listen(base, {
    db: t.db,
    kb: options.kb ?? createFakeKnowledgeBase(),
    logger: createLogger('silent'),
    ...(options.appsDir ? { appsDir: options.appsDir } : {}),
    ...(options.directory
      ? { directory: { router: createDirectoryRouter, notFound: directoryNotFound } }
      : {}),
    ...(options.eauth ? { eauth: await options.eauth(base.publicOrigin) } : {}),
    ...(options.officeHours ? { assistant: { clock: { now: () => new Date('2026-11-25T09:00:00Z') } } } : {}),
  });
  const origin = base.publicOrigin;
  const staff: TestHub['staff'] = {};
  for (const [name, s] of Object.entries(STAFF)) {
    const email = `${name}@hub.local`;
    const password = `${name}-password-123`;
    const user = await createLocalUser(t.db, { email, displayName: s.displayName, role: s.role, password });
    staff[name] = { id: user.id, email, password };
  }
  let sockets: Client[] = [];

  function open(opts: { auth?: Record<string, unknown>; cookie?: string }): Promise<Client> {
    const headers: Record<string, string> = { origin };
    if (opts.cookie) headers.cookie = opts.cookie;
    const socket: Client = connect(hub.url, {
      transports: ['websocket'],
      auth: opts.auth ?? {},
      extraHeaders: headers,
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  async function citizenWithToken() {
    const token = (await request(hub.url).post('/api/citizen-token').expect(201)).body.token as string;
    return { socket: await open({ auth: { citizenToken: token } }), token };
  }

  async function login(name: string) {
    const s = staff[name]!;
    const res = await request(hub.url)
      .post('/api/staff/login')
      .set('origin', origin)
      .send({ email: s.email, password: s.password })
      .expect(200);
    return { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: res.body.csrfToken as string };
  }

  return {
    hub,
    t,
    origin,
    staff,
    login,
    async citizen() {
      return (await citizenWithToken()).socket;
    },
    citizenWithToken,
    async agent(name) {
      return open({ cookie: (await login(name)).cookie });
    },
    disconnectAll() {
      for (const s of sockets) s.disconnect();
      sockets = [];
    },
    async close() {
      for (const s of sockets) s.disconnect();
      await hub.close();
      await t.drop();
    },
  };
}

/** Emits and unwraps the acknowledgement; throws `code: message` on an error answer. */
export async function call<T>(socket: Client, event: string, payload: unknown): Promise<T> {
  const emit = socket.emitWithAck.bind(socket) as unknown as (
    e: string,
    p: unknown,
  ) => Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>;
  const res = await emit(event, payload);
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.data;
}

/** Resolves with the next payload of an event (or rejects after a timeout). */
export function next<T>(socket: Client, event: string, timeoutMs = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    (socket as unknown as { once(e: string, fn: (p: T) => void): void }).once(event, (p) => {
      clearTimeout(timer);
      resolve(p);
    });
  });
}

/** A citizen who started a conversation, wrote, and asked for a person. */
export async function citizenWaiting(
  h: TestHub,
  body = 'Здравейте, искам да платя данък сгради',
  extra: { reason?: string; serviceSlug?: string } = {},
) {
  const socket = await h.citizen();
  const { conversationId } = await call<{ conversationId: string }>(socket, 'conversation.start', {
    channel: 'web',
    lang: 'bg',
    district: 'sredets',
  });
  await call(socket, 'message.send', {
    conversationId,
    clientMessageId: `c-${conversationId.slice(0, 12)}-1`,
    body,
  });
  const { handoff } = await call<{ handoff: { id: string } }>(socket, 'handoff.request', {
    conversationId,
    serviceSlug: extra.serviceSlug ?? 'property-tax-payment',
    ...(extra.reason ? { reason: extra.reason } : {}),
  });
  return { socket, conversationId, handoffId: handoff.id };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
