// A chat participant that behaves like the widget and the console: it (re)joins its conversation with the last
// sequence number it holds on every (re)connect, keeps messages by sequence number, and resends a message whose
// acknowledgement did not come with the same clientMessageId (the server stores it once).
import type { ClientToServerEvents, MessageDto, ServerToClientEvents } from '@hub/contract';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type AckResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export interface ParticipantOptions {
  /** The balancer's URL; `node` is where it places this participant while that node is up. */
  url: string;
  origin: string;
  node: number;
  auth?: Record<string, unknown>;
  cookie?: string;
}

export class Participant {
  readonly socket: Client;
  /** What the participant shows: one message per sequence number. */
  readonly bySeq = new Map<number, MessageDto>();
  /** Two different messages offered under one sequence number (must stay empty). */
  readonly conflicts: string[] = [];
  /** socket.recovered on each connection after the first. */
  readonly recoveries: boolean[] = [];
  conversationId: string | undefined;
  private connections = 0;
  private synced: Promise<void> = Promise.resolve();

  constructor(private readonly options: ParticipantOptions) {
    const headers: Record<string, string> = { origin: options.origin };
    if (options.cookie) headers.cookie = options.cookie;
    this.socket = io(options.url, {
      transports: ['websocket'],
      query: { hub_node: String(options.node) },
      auth: options.auth ?? {},
      extraHeaders: headers,
      forceNew: true,
      reconnectionDelay: 50,
      reconnectionDelayMax: 300,
      randomizationFactor: 0,
    });
    this.socket.on('message.created', (m) => this.keep(m));
    this.socket.on('connect', () => {
      if (this.connections++ > 0) this.recoveries.push(this.socket.recovered);
      this.synced = this.rejoin();
    });
  }

  get lastSeq(): number {
    return Math.max(0, ...this.bySeq.keys());
  }

  /** The highest sequence number up to which nothing is missing: where a (re)join must resume from. */
  get contiguousSeq(): number {
    let seq = 0;
    while (this.bySeq.has(seq + 1)) seq += 1;
    return seq;
  }

  /** The messages as shown, in order. */
  transcript(): MessageDto[] {
    return [...this.bySeq.values()].sort((a, b) => a.seq - b.seq);
  }

  keep(message: MessageDto): void {
    if (message.conversationId !== this.conversationId) return;
    const known = this.bySeq.get(message.seq);
    if (known && known.id !== message.id)
      this.conflicts.push(`seq ${message.seq}: ${known.id} vs ${message.id}`);
    if (!known) this.bySeq.set(message.seq, message);
    // A push that skips numbers means some were not pushed here (e.g. while Redis was away): read them.
    if (!known && message.seq > this.contiguousSeq + 1 && this.socket.connected) this.synced = this.rejoin();
  }

  /** Resolves once connected and caught up with the conversation. */
  async ready(): Promise<void> {
    if (!this.socket.connected) await new Promise<void>((resolve) => this.socket.once('connect', resolve));
    await this.synced;
  }

  private async rejoin(): Promise<void> {
    if (!this.conversationId) return;
    const joined = await this.call<{ messages: MessageDto[] }>('conversation.join', {
      conversationId: this.conversationId,
      afterSeq: this.contiguousSeq,
    }).catch(() => undefined);
    for (const m of joined?.messages ?? []) this.keep(m);
  }

  async join(conversationId: string): Promise<void> {
    this.conversationId = conversationId;
    await this.ready();
    await this.rejoin();
  }

  /** Emits with an acknowledgement timeout; throws `code: message` on an error answer. */
  async call<T>(event: string, payload: unknown, timeoutMs = 3_000): Promise<T> {
    const emit = this.socket.timeout(timeoutMs).emitWithAck.bind(this.socket) as unknown as (
      e: string,
      p: unknown,
    ) => Promise<AckResult<T>>;
    const res = await emit(event, payload);
    if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
    return res.data;
  }

  /** Sends until acknowledged (at most `attempts` times), always under the same clientMessageId. */
  async send(body: string, attempts = 10): Promise<MessageDto> {
    const clientMessageId = randomUUID();
    let lastError: unknown;
    for (let i = 0; i < attempts; i += 1) {
      try {
        await this.ready();
        const { message } = await this.call<{ message: MessageDto }>('message.send', {
          conversationId: this.conversationId,
          clientMessageId,
          body,
        });
        this.keep(message);
        return message;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  /** Drops the connection as a network would (not a goodbye): the client reconnects, to `node` if it is up. */
  async moveTo(node: number): Promise<void> {
    (this.socket.io.opts.query as Record<string, string>).hub_node = String(node);
    const back = new Promise<void>((resolve) => this.socket.once('connect', resolve));
    this.socket.io.engine.close();
    await back;
    await this.synced;
  }

  close(): void {
    this.socket.disconnect();
  }
}
