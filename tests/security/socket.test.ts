// socket.io at the boundary: Origin at the handshake, oversize packets, malformed payloads for every event the
// server listens to (read from the server's own sockets), and message floods from one citizen.
import { io as connect } from 'socket.io-client';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Client } from '../helpdesk/support/hub.ts';
import { startSecurityHub, type SecurityHub } from './support/hub.ts';
import { figure } from './support/report.ts';

let h: SecurityHub;

beforeAll(async () => {
  h = await startSecurityHub();
});
afterAll(async () => {
  await h?.close();
});

async function citizenToken(): Promise<string> {
  return (await request(h.hub.url).post('/api/citizen-token').expect(201)).body.token as string;
}

/** Connects; resolves with the socket or the handshake's error message. */
function open(options: {
  origin?: string | null;
  token?: string;
  cookie?: string;
  transport?: 'websocket' | 'polling';
}): Promise<Client | string> {
  const headers: Record<string, string> = {};
  if (options.origin !== null) headers.origin = options.origin ?? h.origin;
  if (options.cookie) headers.cookie = options.cookie;
  const socket: Client = connect(h.hub.url, {
    transports: [options.transport ?? 'websocket'],
    auth: options.token ? { citizenToken: options.token } : {},
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
    timeout: 3000,
  });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.disconnect();
      resolve(error.message || 'error');
    });
  });
}

const opened: Client[] = [];
async function mustOpen(options: Parameters<typeof open>[0]): Promise<Client> {
  const s = await open(options);
  if (typeof s === 'string') throw new Error(`could not connect: ${s}`);
  opened.push(s);
  return s;
}
afterAll(() => {
  for (const s of opened) s.disconnect();
});

describe('socket handshake', () => {
  it('refuses a foreign or null Origin on both transports, for citizens and staff', async () => {
    const token = await citizenToken();
    const { cookie } = await h.session('agent');
    for (const transport of ['websocket', 'polling'] as const)
      for (const origin of ['https://evil.example', 'null', `${h.origin}.evil.example`])
        for (const auth of [{ token }, { cookie }]) {
          const result = await open({ origin, transport, ...auth });
          expect(typeof result, `${transport} ${origin}`).toBe('string');
        }
  });

  it('without an Origin (not a browser: browsers always send one on a WebSocket) credentials are still needed', async () => {
    expect(await open({ origin: null })).toBe('unauthorized');
    expect(await open({ origin: null, token: 'forged.token.value' })).toBe('unauthorized');
    expect(await open({ origin: null, cookie: 'hub_session=s%3Aforged.sig' })).toBe('unauthorized');
    const ok = await mustOpen({ origin: null, token: await citizenToken() });
    expect(ok.connected).toBe(true);
  });
});

describe('socket payloads', () => {
  it('an oversize packet closes only that socket; the hub keeps serving', async () => {
    const big = await mustOpen({ token: await citizenToken() });
    const closed = new Promise<string>((resolve) => big.once('disconnect', (reason) => resolve(reason)));
    (big.emit as (e: string, p: unknown) => void)('message.send', {
      conversationId: 'x',
      clientMessageId: 'big-00001',
      body: 'я'.repeat(200_000),
    });
    expect(await closed).toMatch(/transport (close|error)/);
    const other = await mustOpen({ token: await citizenToken() });
    const started = await call<{ conversationId: string }>(other, 'conversation.start', {
      channel: 'web',
      lang: 'bg',
    });
    expect(started.conversationId).toEqual(expect.any(String));
  });

  it('every event the server listens to answers malformed payloads with a {code,message} error, never crashes', async () => {
    const nasty: unknown[] = [
      null,
      0,
      'text',
      [],
      {},
      { conversationId: { $ne: null } },
      { conversationId: 'x'.repeat(70), body: '<img src=x onerror=alert(1)>' },
      { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } },
      JSON.parse('{"a":'.repeat(200) + '1' + '}'.repeat(200)) as unknown,
      { conversationId: '../../etc/passwd', walkthroughId: "' OR 1=1 --", step: -1, rating: 1e308 },
    ];
    let tried = 0;
    const silent: string[] = [];
    const invalid: string[] = [];
    for (const who of ['citizen', 'agent', 'admin'] as const) {
      const first =
        who === 'citizen'
          ? await mustOpen({ token: await citizenToken() })
          : await mustOpen({ cookie: (await h.session(who)).cookie });
      const server = [...h.hub.io.of('/').sockets.values()].find((s) => s.id === first.id);
      expect(server, 'the server side of the socket').toBeDefined();
      const events = server!
        .eventNames()
        .map(String)
        .filter((e) => !['disconnect', 'disconnecting', 'error'].includes(e));
      expect(events.length).toBeGreaterThan(who === 'citizen' ? 5 : 15);
      // Fresh sockets keep each under the per-socket flood limit (20 at once).
      let socket = first;
      let sent = 0;
      for (const event of events) {
        for (const payload of nasty) {
          if (sent === 18) {
            socket =
              who === 'citizen'
                ? await mustOpen({ token: await citizenToken() })
                : await mustOpen({ cookie: (await h.session(who)).cookie });
            sent = 0;
          }
          sent += 1;
          tried += 1;
          const emit = socket.timeout(3000).emitWithAck.bind(socket) as unknown as (
            e: string,
            p: unknown,
          ) => Promise<{ ok: boolean; error?: { code: unknown; message: unknown } }>;
          try {
            const res = await emit(event, payload);
            if (res?.ok !== false && res?.ok !== true)
              invalid.push(`${who} ${event}: ${JSON.stringify(res)}`);
            else if (
              !res.ok &&
              (typeof res.error?.code !== 'string' || typeof res.error.message !== 'string')
            )
              invalid.push(`${who} ${event}: ${JSON.stringify(res)}`);
          } catch {
            silent.push(`${who} ${event} ${JSON.stringify(payload)?.slice(0, 40)}`);
          }
        }
        // And with no acknowledgement function at all.
        (socket.emit as (e: string, ...a: unknown[]) => void)(event, { conversationId: 'x' });
      }
    }
    figure(
      `socket payloads: ${tried} malformed emits, ${silent.length} unanswered, ${invalid.length} odd answers`,
    );
    expect(invalid).toEqual([]);
    expect(silent).toEqual([]);
    await request(h.hub.url).get('/healthz').expect(200);
  });
});

describe('message floods from one citizen', () => {
  it('one socket: the burst is cut at the flood limit, the rest are refused with rate_limited', async () => {
    const socket = await mustOpen({ token: await citizenToken() });
    const { conversationId } = await call<{ conversationId: string }>(socket, 'conversation.start', {
      channel: 'web',
      lang: 'bg',
    });
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        socket.emitWithAck('message.send', {
          conversationId,
          clientMessageId: `flood-${i}-xxxx`,
          body: `спам ${i}`,
        }),
      ),
    );
    const refused = results.filter((r) => !r.ok && r.error.code === 'rate_limited').length;
    const stored = await h.t.db.message.count({ where: { conversationId, authorKind: 'citizen' } });
    figure(`flood, one socket: 60 sent, ${stored} stored, ${refused} refused`);
    // 20 at once, then 2 a second (a slow, busy machine refills a few).
    const allowance = 20 + Math.ceil(((Date.now() - started) / 1000) * 2);
    expect(stored).toBeLessThanOrEqual(allowance);
    expect(refused).toBeGreaterThanOrEqual(60 - allowance);
  });

  it('many sockets with one token share one allowance', async () => {
    const token = await citizenToken();
    const sockets = await Promise.all(Array.from({ length: 5 }, () => mustOpen({ token })));
    const { conversationId } = await call<{ conversationId: string }>(sockets[0]!, 'conversation.start', {
      channel: 'web',
      lang: 'bg',
    });
    const started = Date.now();
    const results = await Promise.all(
      sockets.flatMap((s, k) =>
        Array.from({ length: 20 }, (_, i) =>
          s.emitWithAck('message.send', {
            conversationId,
            clientMessageId: `multi-${k}-${i}-xx`,
            body: `спам ${k}/${i}`,
          }),
        ),
      ),
    );
    const stored = await h.t.db.message.count({ where: { conversationId, authorKind: 'citizen' } });
    const refused = results.filter((r) => !r.ok && r.error.code === 'rate_limited').length;
    figure(`flood, 5 sockets × 20 with one token: ${stored} stored, ${refused} refused`);
    // One allowance (20 at once, 2 a second, the start counted), not five.
    const allowance = 20 + Math.ceil(((Date.now() - started) / 1000) * 2);
    expect(stored).toBeLessThanOrEqual(allowance);
    expect(stored).toBeLessThan(50);
    expect(refused).toBeGreaterThanOrEqual(100 - allowance);
  });
});
