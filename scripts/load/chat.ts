// Simulated chat traffic: citizens who each started a conversation and write every few seconds, and agent
// consoles that follow a share of the conversations and answer (within the per-socket event limit).
import type { ClientToServerEvents, MessageDto, ServerToClientEvents } from '@hub/contract';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { Samples } from './stats.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ChatCounters {
  connectErrors: number;
  ackErrors: number;
  disconnects: number;
  sent: number;
  /** Sends acknowledged with ok. */
  acked: number;
  /** Measured deliveries (each message has exactly one other party here: its citizen or its agent socket). */
  received: number;
  /** Deliveries of a message id already delivered (should stay 0: exactly-once). */
  duplicates: number;
  repliesSkipped: number;
  /** Error codes seen, with counts. */
  codes: Record<string, number>;
}

export interface ChatLoad {
  citizens: Client[];
  agents: Client[];
  latency: Samples;
  /** Send → the sender's acknowledgement (stored, and broadcast sent on its way), ms. */
  ackLatency: Samples;
  /** Delivery latency split by direction: citizen → agent and agent → citizen. */
  toAgent: Samples;
  toCitizen: Samples;
  counters: ChatCounters;
  /** Starts the talking; resolves when `seconds` are over (everyone stops sending). */
  talk(seconds: number, intervalMs: number): Promise<void>;
  close(): void;
}

const stamp = () => `load t=${performance.now().toFixed(3)}`;
const sentAt = (body: string) => Number(/t=([\d.]+)/.exec(body)?.[1] ?? NaN);

function connect(
  url: string,
  origin: string,
  auth: Record<string, unknown>,
  cookie?: string,
): Promise<Client> {
  const socket: Client = io(url, {
    transports: ['websocket'],
    auth,
    extraHeaders: { origin, ...(cookie ? { cookie } : {}) },
    forceNew: true,
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (e) => reject(e));
  });
}

/** In batches of `batch` at a time, so that the ramp-up does not look like an attack. */
async function inBatches<T>(
  count: number,
  batch: number,
  make: (i: number) => Promise<T>,
  deadline = Infinity,
): Promise<(T | Error)[]> {
  const out: (T | Error)[] = [];
  // A bounded run: past the deadline no more connections are opened (the report shows how many there are).
  for (let start = 0; start < count && performance.now() < deadline; start += batch) {
    const part = await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, (_, k) =>
        make(start + k).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
      ),
    );
    out.push(...part);
  }
  return out;
}

export async function startChatLoad(options: {
  /** Node URLs; client i talks to urls[i % urls.length]. */
  urls: string[];
  origin: string;
  chats: number;
  agentSockets: number;
  /** Session cookies of staff users (agent socket k uses cookies[k % cookies.length]). */
  cookies: string[];
  /** Stop opening citizen connections after this long. */
  rampUpSeconds: number;
}): Promise<ChatLoad> {
  const { urls, origin } = options;
  const latency = new Samples();
  const ackLatency = new Samples();
  const toAgent = new Samples();
  const toCitizen = new Samples();
  const counters: ChatCounters = {
    connectErrors: 0,
    ackErrors: 0,
    disconnects: 0,
    sent: 0,
    acked: 0,
    received: 0,
    duplicates: 0,
    repliesSkipped: 0,
    codes: {},
  };
  const acked = (body: string) => {
    counters.acked += 1;
    ackLatency.add(performance.now() - sentAt(body));
  };
  const fail = (code: string) => {
    counters.ackErrors += 1;
    counters.codes[code] = (counters.codes[code] ?? 0) + 1;
  };
  const conversations: string[] = [];
  const timers: NodeJS.Timeout[] = [];

  const deadline = performance.now() + options.rampUpSeconds * 1000;
  const citizenResults = await inBatches(
    options.chats,
    100,
    async (i) => {
      const url = urls[i % urls.length]!;
      const res = await fetch(`${url}/api/citizen-token`, { method: 'POST' });
      if (res.status !== 201) throw new Error(`token ${res.status}`);
      const { token } = (await res.json()) as { token: string };
      const socket = await connect(url, origin, { citizenToken: token });
      const started = await socket.emitWithAck('conversation.start', { channel: 'web', lang: 'bg' });
      if (!started.ok) throw new Error(started.error.code);
      conversations[i] = started.data.conversationId;
      return { socket, conversationId: started.data.conversationId };
    },
    deadline,
  );
  const talkers = citizenResults.filter(
    (c): c is { socket: Client; conversationId: string } => !(c instanceof Error),
  );
  const citizens = talkers.map((t) => t.socket);
  counters.connectErrors += citizenResults.length - citizens.length;
  for (const e of citizenResults)
    if (e instanceof Error)
      counters.codes[`connect: ${e.message}`] = (counters.codes[`connect: ${e.message}`] ?? 0) + 1;

  // Agent socket k follows conversations k, k + M, k + 2M… (on another node than most of its citizens).
  const agentResults = await inBatches(options.agentSockets, 50, async (k) => {
    const url = urls[(k + 1) % urls.length]!;
    const socket = await connect(url, origin, {}, options.cookies[k % options.cookies.length]);
    for (let i = k; i < conversations.length; i += options.agentSockets) {
      if (!conversations[i]) continue;
      const joined = await socket.emitWithAck('conversation.join', {
        conversationId: conversations[i]!,
        afterSeq: 0,
      });
      if (!joined.ok) fail(joined.error.code);
    }
    return socket;
  });
  const agents = agentResults.filter((c): c is Client => !(c instanceof Error));
  counters.connectErrors += agentResults.length - agents.length;

  for (const socket of [...citizens, ...agents]) socket.on('disconnect', () => (counters.disconnects += 1));
  let talking = false;
  /** Sends not answered yet. */
  let unanswered = 0;

  const delivered = new Set<string>();
  const onMessage = (m: MessageDto) => {
    const t = sentAt(m.body);
    if (Number.isFinite(t)) {
      if (delivered.has(m.id)) {
        counters.duplicates += 1;
        return;
      }
      delivered.add(m.id);
      const ms = performance.now() - t;
      latency.add(ms);
      (m.authorKind === 'citizen' ? toAgent : toCitizen).add(ms);
      counters.received += 1;
    }
  };
  for (const c of citizens) c.on('message.created', onMessage);

  // Agents answer every other citizen message, at most one event per 600 ms per socket (the server allows
  // 2 per second sustained); a longer backlog is skipped, not queued without bound.
  agents.forEach((a, k) => {
    const pending: string[] = [];
    let odd = false;
    a.on('message.created', (m) => {
      onMessage(m);
      if (!talking || m.authorKind !== 'citizen') return;
      odd = !odd;
      if (!odd) return;
      if (pending.length >= 5) counters.repliesSkipped += 1;
      else pending.push(m.conversationId);
    });
    const reply = () => {
      const conversationId = pending.shift();
      if (!conversationId || !talking) return;
      counters.sent += 1;
      const body = stamp();
      a.emitWithAck('message.send', { conversationId, clientMessageId: randomUUID(), body })
        .then(
          (r) => void (r.ok ? acked(body) : fail(r.error.code)),
          () => fail('no answer'),
        )
        .finally(() => (unanswered -= 1));
      unanswered += 1;
    };
    // Each agent's 600 ms beat starts at its own offset: in step, all 100 would answer in one burst every 600 ms.
    let timer = setTimeout(
      () => {
        timer = setInterval(reply, 600);
        timers.push(timer);
      },
      (k / agents.length) * 600,
    );
    timers.push(timer);
    a.on('disconnect', () => clearInterval(timer));
  });

  return {
    citizens,
    agents,
    latency,
    ackLatency,
    toAgent,
    toCitizen,
    counters,
    async talk(seconds, intervalMs) {
      talking = true;
      const stops: NodeJS.Timeout[] = [];
      talkers.forEach(({ socket: c, conversationId }, i) => {
        const send = () => {
          counters.sent += 1;
          const body = stamp();
          c.emitWithAck('message.send', { conversationId, clientMessageId: randomUUID(), body })
            .then(
              (r) => void (r.ok ? acked(body) : fail(r.error.code)),
              () => fail('no answer'),
            )
            .finally(() => (unanswered -= 1));
          unanswered += 1;
        };
        // Spread evenly over the interval, then every interval.
        const first = setTimeout(
          () => {
            send();
            stops.push(setInterval(send, intervalMs));
          },
          (i / talkers.length) * intervalMs,
        );
        stops.push(first);
      });
      await new Promise((r) => setTimeout(r, seconds * 1000));
      talking = false;
      for (const s of stops) clearInterval(s);
      // Let the last answers and messages arrive (at most 15 s; what is still missing then counts as undelivered).
      const until = performance.now() + 15_000;
      while (performance.now() < until && (unanswered > 0 || counters.received < counters.acked))
        await new Promise((r) => setTimeout(r, 100));
    },
    close() {
      for (const t of timers) clearInterval(t);
      for (const s of [...citizens, ...agents]) s.disconnect();
    },
  };
}
