import type { ClientToServerEvents, MessageDto, ServerToClientEvents } from '@hub/contract';
import { io as connect, type Socket } from 'socket.io-client';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing.ts';
import { listen, type RunningHub } from '../http-server.ts';
import { createLogger } from '../logger.ts';
import { createLocalUser } from '../staff/users.ts';
import { createFakeKnowledgeBase } from '../testing/fake-kb.ts';
import { testConfig } from '../testing/test-config.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let t: TestDatabase;
let hub: RunningHub;
let sockets: Client[] = [];
const ORIGIN = 'http://localhost:3000';

beforeAll(async () => {
  t = await createTestDatabase('sqlite');
  hub = await listen(testConfig({ host: '127.0.0.1', port: 0 }), {
    db: t.db,
    kb: createFakeKnowledgeBase(),
    logger: createLogger('silent'),
  });
  await createLocalUser(t.db, {
    email: 'agent@hub.local',
    displayName: 'Agent',
    role: 'agent',
    password: 'agent-password-123',
  });
  await createLocalUser(t.db, {
    email: 'editor@hub.local',
    displayName: 'Editor',
    role: 'editor',
    password: 'editor-password-123',
  });
});
afterEach(() => {
  for (const s of sockets) s.disconnect();
  sockets = [];
});
afterAll(async () => {
  await hub?.close();
  await t?.drop();
});

async function citizenToken(): Promise<string> {
  return (await request(hub.url).post('/api/citizen-token').expect(201)).body.token;
}

function open(
  options: { auth?: Record<string, unknown>; origin?: string; cookie?: string } = {},
): Promise<Client> {
  const headers: Record<string, string> = { origin: options.origin ?? ORIGIN };
  if (options.cookie) headers.cookie = options.cookie;
  const socket: Client = connect(hub.url, {
    transports: ['websocket'],
    auth: options.auth ?? {},
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

async function staffCookie(email: string, password: string): Promise<string> {
  const res = await request(hub.url).post('/api/staff/login').send({ email, password }).expect(200);
  return String(res.headers['set-cookie']).split(';')[0]!;
}

const citizen = async () => open({ auth: { citizenToken: await citizenToken() } });

async function start(socket: Client) {
  const res = await socket.emitWithAck('conversation.start', { channel: 'web', lang: 'bg' });
  if (!res.ok) throw new Error(res.error.message);
  return res.data.conversationId;
}

async function send(socket: Client, conversationId: string, clientMessageId: string, body: string) {
  const res = await socket.emitWithAck('message.send', { conversationId, clientMessageId, body });
  if (!res.ok) throw new Error(res.error.code);
  return res.data;
}

describe('handshake', () => {
  it('refuses a foreign Origin', async () => {
    await expect(
      open({ auth: { citizenToken: await citizenToken() }, origin: 'https://evil.example' }),
    ).rejects.toThrow();
  });

  it('refuses a client with neither a valid citizen token nor a staff session', async () => {
    await expect(open()).rejects.toThrow(/unauthorized/);
    await expect(open({ auth: { citizenToken: 'forged.token' } })).rejects.toThrow(/unauthorized/);
    await expect(open({ cookie: 'hub_session=s%3Anot-a-session.sig' })).rejects.toThrow(/unauthorized/);
  });

  it('accepts an allow-listed widget origin', async () => {
    await expect(
      open({ auth: { citizenToken: await citizenToken() }, origin: 'https://widget.example' }),
    ).resolves.toBeDefined();
  });
});

describe('chat messages', () => {
  it('are persisted before the ack and numbered per conversation', async () => {
    const socket = await citizen();
    const conversationId = await start(socket);
    const first = await send(socket, conversationId, 'client-0001', 'Здравейте');
    expect(first).toMatchObject({
      duplicate: false,
      message: { seq: 1, body: 'Здравейте', authorKind: 'citizen' },
    });
    const stored = await t.db.message.findUnique({ where: { id: first.message.id } });
    expect(stored?.seq).toBe(1);
    expect((await send(socket, conversationId, 'client-0002', 'Втори')).message.seq).toBe(2);
  });

  it('are idempotent by client message id: a retry is acknowledged with the stored message and not broadcast', async () => {
    const citizenSocket = await citizen();
    const conversationId = await start(citizenSocket);
    const agentSocket = await open({ cookie: await staffCookie('agent@hub.local', 'agent-password-123') });
    const joined = await agentSocket.emitWithAck('conversation.join', { conversationId, afterSeq: 0 });
    expect(joined.ok).toBe(true);
    const seen: MessageDto[] = [];
    agentSocket.on('message.created', (m) => seen.push(m));

    const a = await send(citizenSocket, conversationId, 'client-retry-1', 'Един път');
    const b = await send(citizenSocket, conversationId, 'client-retry-1', 'Един път');
    expect(b).toEqual({ message: a.message, duplicate: true });
    await send(citizenSocket, conversationId, 'client-retry-2', 'След това');
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.map((m) => m.body)).toEqual(['Един път', 'След това']);
    expect(await t.db.message.count({ where: { conversationId } })).toBe(2);
  });

  it('re-sync after a reconnect returns exactly the messages after the last seen sequence number', async () => {
    const token = await citizenToken();
    const first = await open({ auth: { citizenToken: token } });
    const conversationId = await start(first);
    await send(first, conversationId, 'client-rs-1', 'one');
    await send(first, conversationId, 'client-rs-2', 'two');
    first.disconnect();

    const agentSocket = await open({ cookie: await staffCookie('agent@hub.local', 'agent-password-123') });
    await agentSocket.emitWithAck('conversation.join', { conversationId, afterSeq: 0 });
    await send(agentSocket, conversationId, 'agent-rs-3', 'three (from the agent)');

    const again = await open({ auth: { citizenToken: token } });
    const res = await again.emitWithAck('conversation.join', { conversationId, afterSeq: 1 });
    if (!res.ok) throw new Error(res.error.code);
    expect(res.data.lastSeq).toBe(3);
    expect(res.data.messages.map((m) => [m.seq, m.body, m.authorKind])).toEqual([
      [2, 'two', 'citizen'],
      [3, 'three (from the agent)', 'agent'],
    ]);
  });

  it('keeps other citizens and editors out of a conversation', async () => {
    const owner = await citizen();
    const conversationId = await start(owner);
    const stranger = await citizen();
    const res = await stranger.emitWithAck('conversation.join', { conversationId, afterSeq: 0 });
    expect(res).toEqual({ ok: false, error: { code: 'not_found', message: 'no such conversation' } });
    const sent = await stranger.emitWithAck('message.send', {
      conversationId,
      clientMessageId: 'client-x-1',
      body: 'hi',
    });
    expect(sent.ok).toBe(false);
    const editor = await open({ cookie: await staffCookie('editor@hub.local', 'editor-password-123') });
    expect((await editor.emitWithAck('conversation.join', { conversationId, afterSeq: 0 })).ok).toBe(false);
  });

  it('answers a flood with rate_limited and stores only what was allowed', async () => {
    const socket = await citizen();
    const conversationId = await start(socket);
    const acks = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        socket.emitWithAck('message.send', {
          conversationId,
          clientMessageId: `client-flood-${i}`,
          body: `m${i}`,
        }),
      ),
    );
    const limited = acks.filter((a) => !a.ok && a.error.code === 'rate_limited').length;
    const stored = acks.filter((a) => a.ok).length;
    expect(limited).toBeGreaterThanOrEqual(9);
    expect(stored + limited).toBe(30);
    expect(await t.db.message.count({ where: { conversationId } })).toBe(stored);
  });

  it('rejects invalid payloads with a code', async () => {
    const socket = await citizen();
    const conversationId = await start(socket);
    const res = await socket.emitWithAck('message.send', {
      conversationId,
      clientMessageId: 'short',
      body: '',
    });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('invalid_request');
      expect(res.error.message).toContain('clientMessageId');
    }
  });
});

describe('handoff', () => {
  it('notifies signed-in agents and the conversation', async () => {
    const agentSocket = await open({ cookie: await staffCookie('agent@hub.local', 'agent-password-123') });
    const socket = await citizen();
    const conversationId = await start(socket);
    const notified = new Promise((resolve) => agentSocket.once('handoff.requested', resolve));
    const res = await socket.emitWithAck('handoff.request', {
      conversationId,
      serviceSlug: 'property-tax-payment',
    });
    expect(res.ok).toBe(true);
    expect(await notified).toMatchObject({
      conversationId,
      state: 'requested',
      serviceSlug: 'property-tax-payment',
    });
  });

  it('lets an agent list and accept it once; the citizen hears of it; citizens cannot accept', async () => {
    const agentSocket = await open({ cookie: await staffCookie('agent@hub.local', 'agent-password-123') });
    const socket = await citizen();
    const conversationId = await start(socket);
    const requested = await socket.emitWithAck('handoff.request', { conversationId });
    if (!requested.ok) throw new Error(requested.error.code);
    const handoffId = requested.data.handoff.id;

    expect(await socket.emitWithAck('handoff.list', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await socket.emitWithAck('handoff.accept', { handoffId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    const list = await agentSocket.emitWithAck('handoff.list', {});
    expect(list.ok && list.data.handoffs.map((h) => h.id)).toContain(handoffId);
    const citizenHears = new Promise((resolve) => socket.once('handoff.accepted', resolve));
    const accepted = await agentSocket.emitWithAck('handoff.accept', { handoffId });
    expect(accepted).toMatchObject({ ok: true, data: { handoff: { id: handoffId, state: 'accepted' } } });
    expect(await citizenHears).toMatchObject({ id: handoffId, state: 'accepted' });
    expect(await agentSocket.emitWithAck('handoff.accept', { handoffId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    // The agent is now in the conversation's room and hears the citizen.
    const heard = new Promise<MessageDto>((resolve) => agentSocket.once('message.created', resolve));
    await send(socket, conversationId, 'client-after-accept', 'Благодаря');
    expect((await heard).body).toBe('Благодаря');
    expect(await t.db.auditLog.count({ where: { action: 'handoff.accepted', targetId: handoffId } })).toBe(1);
  });
});
