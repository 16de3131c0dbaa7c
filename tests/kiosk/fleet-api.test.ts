import type { KioskHandoverDto, KioskHeartbeatAnswer, KioskProvisionedDto } from '@hub/contract';
import { io as connect, type Socket } from 'socket.io-client';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, next, startTestHub, type Client, type TestHub } from '../helpdesk/support/hub.ts';

let h: TestHub;
let staff: { cookie: string; csrf: string };
const sockets: { disconnect(): void }[] = [];

/** supertest's request by method name (so the chain below is one expression). */
const requestFor = (method: 'get' | 'post' | 'delete', path: string) => request(h.hub.url)[method](path);

const asStaff = (method: 'get' | 'post' | 'delete', path: string, who = staff) =>
  requestFor(method, path).set('origin', h.origin).set('cookie', who.cookie).set('x-csrf-token', who.csrf);

async function provision(id: string): Promise<string> {
  const res = await asStaff('post', '/api/kiosk/devices')
    .send({ id, name: `Kiosk ${id}`, district: 'sredets', location: 'Lobby' })
    .expect(201);
  const body = res.body as KioskProvisionedDto;
  expect(body.device).toMatchObject({ id, online: false, district: 'sredets' });
  return body.deviceToken;
}

const beat = (deviceId: string, extra: Record<string, unknown> = {}) => ({
  deviceId,
  version: '1.2.3',
  district: 'sredets',
  location: 'Lobby',
  uptimeSeconds: 3600,
  lastResetAt: '2026-11-28T08:00:00.000Z',
  errorsSinceLastHeartbeat: 2,
  ...extra,
});
const heartbeat = (token: string | undefined, body: unknown) => {
  const r = request(h.hub.url).post('/api/kiosk/heartbeat');
  return (token ? r.set('authorization', `Bearer ${token}`) : r).send(body as object);
};

describe.each(['sqlite', 'postgresql'] as const)('kiosk fleet API on %s', (provider) => {
  beforeAll(async () => {
    h = await startTestHub({ provider });
    staff = await h.login('sofia');
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await h?.close();
  });

  it('provisions only for supervisors and admins, and stores the token as sha256 only', async () => {
    const agent = await h.login('ana');
    await asStaff('post', '/api/kiosk/devices', agent)
      .send({ id: 'k-agent', name: 'x', district: 'sredets' })
      .expect(403);
    await request(h.hub.url).get('/api/kiosk/devices').expect(401);
    const token = await provision('k-hash');
    const row = await h.t.db.kioskDevice.findUnique({ where: { id: 'k-hash' } });
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    const list = await asStaff('get', '/api/kiosk/devices').expect(200);
    expect(JSON.stringify(list.body)).not.toContain(token);
  });

  it('refuses heartbeats without a valid token (401) or with a malformed body (400), and stores the fields', async () => {
    const token = await provision('k-beat');
    await heartbeat(undefined, beat('k-beat')).expect(401);
    await heartbeat('kd_not-a-real-token-at-all', beat('k-beat')).expect(401);
    const other = await provision('k-other');
    await heartbeat(other, beat('k-beat')).expect(403);
    for (const bad of [
      {},
      beat('k-beat', { uptimeSeconds: -1 }),
      beat('k-beat', { extra: 1 }),
      'x'.repeat(50),
    ])
      expect((await heartbeat(token, bad)).status).toBe(400);
    const res = await heartbeat(token, beat('k-beat', { heartbeatSeconds: 30 })).expect(200);
    expect((res.body as KioskHeartbeatAnswer).pushes).toEqual([]);
    await heartbeat(token, beat('k-beat', { errorsSinceLastHeartbeat: 3 })).expect(200);
    const list = await asStaff('get', '/api/kiosk/devices').expect(200);
    const device = (list.body.devices as Record<string, unknown>[]).find((d) => d.id === 'k-beat');
    expect(device).toMatchObject({
      online: true,
      version: '1.2.3',
      lastResetAt: '2026-11-28T08:00:00.000Z',
      uptimeSeconds: 3600,
      errorsLastBeat: 3,
      errorsTotal: 5,
    });
    // A revoked device is refused at once.
    await asStaff('delete', '/api/kiosk/devices/k-beat').expect(204);
    await heartbeat(token, beat('k-beat')).expect(401);
  });

  it('serves the knowledge snapshot with an ETag and answers 304 when it has not changed', async () => {
    const res = await request(h.hub.url).get('/api/kiosk/snapshot').expect(200);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(Object.keys(res.body as object)).toEqual([
      'builtAt',
      'services',
      'districts',
      'categories',
      'lifeEvents',
    ]);
    await request(h.hub.url).get('/api/kiosk/snapshot').set('if-none-match', etag).expect(304);
    await request(h.hub.url).get('/api/kiosk/snapshot').set('if-none-match', '"other"').expect(200);
  });

  it('delivers a push to the right kiosk only: in its heartbeat answer and as a poke on its socket', async () => {
    const a = await provision('k-a');
    const b = await provision('k-b');
    const open = (deviceToken: string) =>
      new Promise<Socket>((resolve, reject) => {
        const s = connect(`${h.hub.url}/kiosk`, {
          auth: { deviceToken },
          transports: ['websocket'],
          forceNew: true,
        });
        sockets.push(s);
        s.once('connect', () => resolve(s));
        s.once('connect_error', reject);
      });
    await expect(open('kd_wrong-token-wrong-token')).rejects.toThrow('unauthorized');
    const [sa, sb] = await Promise.all([open(a), open(b)]);
    let pokesB = 0;
    sb.on('kiosk.pushed', () => (pokesB += 1));
    const poked = new Promise<void>((resolve) => sa.once('kiosk.pushed', () => resolve()));

    await asStaff('post', '/api/kiosk/push')
      .send({ kind: 'notice', deviceId: 'k-a', notice: { text: 'Office closes at 16:00' } })
      .expect(201);
    await poked;
    const forA = (await heartbeat(a, beat('k-a')).expect(200)).body as KioskHeartbeatAnswer;
    expect(forA.pushes).toMatchObject([{ kind: 'notice', text: 'Office closes at 16:00' }]);
    const forB = (await heartbeat(b, beat('k-b')).expect(200)).body as KioskHeartbeatAnswer;
    expect(forB.pushes).toEqual([]);
    expect(pokesB).toBe(0);

    // To all kiosks: both get it; a kiosk that applied it does not get it again.
    await asStaff('post', '/api/kiosk/push')
      .send({ kind: 'config', config: { lang: 'en', idleTimeoutSeconds: 90 } })
      .expect(201);
    const again = (await heartbeat(b, beat('k-b')).expect(200)).body as KioskHeartbeatAnswer;
    expect(again.pushes).toMatchObject([{ kind: 'config', config: { lang: 'en', idleTimeoutSeconds: 90 } }]);
    const seq = again.pushes[0]!.seq;
    expect((await heartbeat(b, beat('k-b', { pushAfter: seq })).expect(200)).body.pushes).toEqual([]);
    // Hostile pushes are refused.
    for (const bad of [
      { kind: 'config', config: {} },
      { kind: 'config', config: { idleTimeoutSeconds: 5 } },
      { kind: 'notice', notice: { text: '' } },
      { kind: 'notice', notice: { text: 'x'.repeat(281) } },
      { kind: 'shell', command: 'rm' },
    ])
      await asStaff('post', '/api/kiosk/push').send(bad).expect(400);
    await asStaff('post', '/api/kiosk/push')
      .send({ kind: 'notice', deviceId: 'nope', notice: { text: 'hi' } })
      .expect(404);
    for (const s of sockets) s.disconnect();
  });

  it('hands a kiosk chat over with a single-use code that expires, never the kiosk token', async () => {
    const tokenRes = await request(h.hub.url).post('/api/citizen-token').expect(201);
    const citizenToken = tokenRes.body.token as string;
    const { conversationId } = await citizenWaitingWith(citizenToken);

    // Someone else's conversation cannot be handed over.
    const stranger = (await request(h.hub.url).post('/api/citizen-token').expect(201)).body.token as string;
    await request(h.hub.url)
      .post('/api/kiosk/handover')
      .send({ citizenToken: stranger, conversationId })
      .expect(404);
    await request(h.hub.url)
      .post('/api/kiosk/handover')
      .send({ citizenToken: 'forged.token', conversationId })
      .expect(401);

    const created = (
      await request(h.hub.url)
        .post('/api/kiosk/handover')
        .send({ citizenToken, conversationId, serviceSlug: 'property-tax-payment', lang: 'en' })
        .expect(201)
    ).body as KioskHandoverDto;
    expect(created.url).toBe(`${h.origin}/continue?lang=en#${created.code}`);
    expect(created.url).not.toContain(citizenToken);

    const redeemed = await request(h.hub.url)
      .post('/api/kiosk/handover/redeem')
      .send({ code: created.code })
      .expect(200);
    expect(redeemed.body).toMatchObject({ conversationId, serviceSlug: 'property-tax-payment' });
    expect(redeemed.body.token).not.toBe(citizenToken);
    await request(h.hub.url).post('/api/kiosk/handover/redeem').send({ code: created.code }).expect(404);

    // The phone's token is the same anonymous citizen: it can rejoin the conversation.
    const phone = await citizenSocket(redeemed.body.token as string);
    const joined = await call<{ conversationId: string; messages: unknown[] }>(
      phone as never,
      'conversation.join',
      {
        conversationId,
      },
    );
    expect(joined.messages.length).toBeGreaterThan(0);
    phone.disconnect();

    // Expired codes are refused even if never used.
    const late = (
      await request(h.hub.url).post('/api/kiosk/handover').send({ citizenToken, conversationId }).expect(201)
    ).body as KioskHandoverDto;
    await h.t.db.kioskHandover.updateMany({
      data: { expiresAt: new Date(Date.now() - 1000) },
      where: { usedAt: null },
    });
    await request(h.hub.url).post('/api/kiosk/handover/redeem').send({ code: late.code }).expect(404);
    await request(h.hub.url).post('/api/kiosk/handover/redeem').send({ code: '../../etc' }).expect(400);
  });

  it('idle reset: a waiting kiosk chat is cancelled and closed; a chat continued on a phone is left alone', async () => {
    const token = (await request(h.hub.url).post('/api/citizen-token').expect(201)).body.token as string;
    const kiosk = await citizenSocket(token);
    const { conversationId } = await call<{ conversationId: string }>(kiosk, 'conversation.start', {
      channel: 'kiosk',
      lang: 'bg',
      district: 'sredets',
    });
    await call(kiosk, 'handoff.request', { conversationId, reason: 'Kiosk k-a (Lobby)' });
    const leave = (citizenToken: string, id: string) =>
      request(h.hub.url).post('/api/kiosk/visitor-left').send({ citizenToken, conversationId: id });
    const strangerToken = (await request(h.hub.url).post('/api/citizen-token').expect(201)).body
      .token as string;
    await leave(strangerToken, conversationId).expect(404);
    await leave('forged.token.value', conversationId).expect(401);
    const told = next<{ conversationId: string; status: string }>(kiosk, 'conversation.status_changed');
    expect((await leave(token, conversationId).expect(200)).body).toEqual({ closed: true });
    expect(await told).toEqual({ conversationId, status: 'closed' });
    expect((await h.t.db.conversation.findUnique({ where: { id: conversationId } }))?.status).toBe('closed');
    expect((await h.t.db.handoffRequest.findFirst({ where: { conversationId } }))?.state).toBe('cancelled');

    const second = await call<{ conversationId: string }>(kiosk, 'conversation.start', {
      channel: 'kiosk',
      lang: 'bg',
    });
    await call(kiosk, 'handoff.request', { conversationId: second.conversationId });
    const { code } = (
      await request(h.hub.url)
        .post('/api/kiosk/handover')
        .send({ citizenToken: token, conversationId: second.conversationId })
        .expect(201)
    ).body as KioskHandoverDto;
    await request(h.hub.url).post('/api/kiosk/handover/redeem').send({ code }).expect(200);
    expect((await leave(token, second.conversationId).expect(200)).body).toEqual({ closed: false });
    expect((await h.t.db.conversation.findUnique({ where: { id: second.conversationId } }))?.status).toBe(
      'handoff',
    );
  });
});

/** A citizen socket with a given token (the kiosk's or the phone's). */
async function citizenSocket(citizenToken: string): Promise<Client> {
  const socket = connect(h.hub.url, {
    auth: { citizenToken },
    transports: ['websocket'],
    extraHeaders: { origin: h.origin },
    forceNew: true,
  }) as Client;
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** A kiosk visitor (given citizen token) who started a conversation and wrote a message. */
async function citizenWaitingWith(citizenToken: string) {
  const socket = await citizenSocket(citizenToken);
  const { conversationId } = await call<{ conversationId: string }>(socket, 'conversation.start', {
    channel: 'kiosk',
    lang: 'bg',
    district: 'sredets',
  });
  await call(socket, 'message.send', {
    conversationId,
    clientMessageId: 'kiosk-msg-0001',
    body: 'Здравейте',
  });
  socket.disconnect();
  return { conversationId };
}
