import type {
  Ack,
  CardAction,
  ClientToServerEvents,
  ConversationStatus,
  MessageDto,
  QueueUpdated,
  ServerToClientEvents,
  TypingChanged,
  WalkthroughDto,
} from '@hub/contract';
import type { HelpdeskEvents } from './helpdesk/events.ts';
import { restoreHelpdesk } from './helpdesk/restore.ts';
import { io, type Socket } from 'socket.io-client';
import type { WidgetLang } from './i18n.ts';
import type { Session } from './session.ts';

type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ConnectionEvents extends HelpdeskEvents {
  message(message: MessageDto): void;
  typing(change: TypingChanged): void;
  queue(queue: QueueUpdated): void;
  status(status: ConversationStatus): void;
  /** A person took the conversation. */
  accepted(): void;
  online(online: boolean): void;
}

function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
  );
}

function unwrap<T>(res: Ack<T>): T {
  if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code });
  return res.data;
}

/**
 * The widget's socket.io link to the hub: an anonymous citizen token kept in localStorage, the conversation
 * re-joined after every (re)connect with the last sequence number seen, so nothing is lost or shown twice.
 */
export function createConnection(options: {
  hub: string;
  lang: WidgetLang;
  session: Session;
  lastSeq(): number;
  on: ConnectionEvents;
}) {
  const { hub, session, on } = options;
  let socket: HubSocket | undefined;
  let conversationId: string | undefined;
  let ready: Promise<string> | undefined;

  async function token(): Promise<string> {
    const saved = session.read();
    if (saved.token && (!saved.tokenExpiresAt || Date.parse(saved.tokenExpiresAt) > Date.now() + 60_000))
      return saved.token;
    const res = await fetch(`${hub}/api/citizen-token`, { method: 'POST' });
    if (!res.ok) throw new Error(`citizen token: ${res.status}`);
    const body = (await res.json()) as { token: string; expiresAt: string };
    session.write({ token: body.token, tokenExpiresAt: body.expiresAt });
    return body.token;
  }

  async function joinOrStart(s: HubSocket): Promise<string> {
    const saved = session.read().conversationId;
    if (saved) {
      const res = await s.emitWithAck('conversation.join', {
        conversationId: saved,
        afterSeq: options.lastSeq(),
      });
      if (res.ok) {
        for (const m of res.data.messages) on.message(m);
        on.status(res.data.status);
        // Checklists and a rating prompt come back too (after a reload the log shows only their text).
        void restoreHelpdesk(s, saved, on);
        return saved;
      }
      session.forget('conversationId');
    }
    const started = unwrap(
      await s.emitWithAck('conversation.start', { channel: 'chat', lang: options.lang }),
    );
    session.write({ conversationId: started.conversationId });
    return started.conversationId;
  }

  function connect(): Promise<string> {
    return (ready ??= token().then(
      (citizenToken) =>
        new Promise<string>((resolve, reject) => {
          const s: HubSocket = io(hub, { auth: { citizenToken }, transports: ['websocket', 'polling'] });
          socket = s;
          s.on('message.created', (m) => on.message(m));
          s.on('typing.changed', (t) => on.typing(t));
          s.on('queue.updated', (q) => on.queue(q));
          s.on('conversation.status_changed', (c) => on.status(c.status));
          s.on('handoff.accepted', () => on.accepted());
          s.on('walkthrough.started', (w) => on.walkthroughStarted(w));
          s.on('walkthrough.progressed', (w) => on.walkthroughProgressed(w));
          s.on('csat.requested', (r) => on.csatRequested(r));
          s.on('disconnect', () => on.online(false));
          s.on('connect_error', (error) => {
            if (error.message === 'unauthorized') {
              // An expired or foreign token: forget it and start afresh once.
              session.forget('token');
              s.disconnect();
              ready = undefined;
              connect().then(resolve, reject);
            }
          });
          s.on('connect', () => {
            on.online(true);
            joinOrStart(s).then((id) => {
              conversationId = id;
              resolve(id);
            }, reject);
          });
        }),
    ));
  }

  async function withConversation<T>(fn: (s: HubSocket, id: string) => Promise<T>): Promise<T> {
    const id = await connect();
    if (!socket) throw new Error('not connected');
    return fn(socket, conversationId ?? id);
  }

  return {
    connect,
    /** The socket and conversation, once connected (for modules with their own events, e.g. view/identity.ts). */
    withSocket: withConversation,
    send: (body: string) =>
      withConversation(
        async (s, id) =>
          unwrap(await s.emitWithAck('message.send', { conversationId: id, clientMessageId: newId(), body }))
            .message,
      ),
    act: (action: Exclude<CardAction, { type: 'openUrl' }>) =>
      withConversation(
        async (s, id) =>
          unwrap(
            await s.emitWithAck('message.action', { conversationId: id, clientMessageId: newId(), action }),
          ).message,
      ),
    /** Reads the conversation after `afterSeq` again (a pushed message skipped a number); each goes to `on.message`. */
    rejoin: (afterSeq: number) =>
      withConversation(async (s, id) => {
        const res = unwrap<{ messages: MessageDto[] }>(
          await s.timeout(10_000).emitWithAck('conversation.join', { conversationId: id, afterSeq }),
        );
        for (const m of res.messages) on.message(m);
      }),
    /** Ticks (or unticks) a step of the agent's walkthrough. */
    tick: (walkthroughId: string, step: number, done: boolean): Promise<WalkthroughDto> =>
      withConversation(
        async (s) =>
          unwrap(await s.emitWithAck('walkthrough.tick', { walkthroughId, step, done })).walkthrough,
      ),
    /** Rates the conversation an agent closed (1..5). */
    rate: (conversationId: string, rating: number, comment?: string): Promise<void> =>
      withConversation(async (s) => {
        unwrap(
          await s.emitWithAck('csat.submit', { conversationId, rating, ...(comment ? { comment } : {}) }),
        );
      }),
    /** Drops the socket and the conversation (the citizen deleted it): the next message starts afresh. */
    reset() {
      socket?.removeAllListeners();
      socket?.disconnect();
      socket = undefined;
      conversationId = undefined;
      ready = undefined;
    },
    typing(typing: boolean) {
      if (socket?.connected && conversationId) socket.emit('typing', { conversationId, typing }, () => {});
    },
    read(seq: number) {
      if (socket?.connected && conversationId && seq > 0)
        socket.emit('message.read', { conversationId, seq }, () => {});
    },
  };
}
export type Connection = ReturnType<typeof createConnection>;
