import type { Server as HttpServer } from 'node:http';
import type { ClientToServerEvents, HandoffDto, MessageDto, ServerToClientEvents } from '@hub/contract';
import { Server } from 'socket.io';

/**
 * A stand-in for the hub's socket.io help desk, speaking the contract's events: the kiosk starts a conversation
 * and asks for a handoff; the test plays the agent.
 */
export function attachFakeRealtime(http: HttpServer) {
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(http, { cors: { origin: true } });
  const conversations = new Map<string, { district?: string; channel: string; messages: MessageDto[] }>();
  const handoffs: (HandoffDto & { reason?: string })[] = [];
  let seq = 0;
  const message = (
    conversationId: string,
    authorKind: MessageDto['authorKind'],
    body: string,
    clientMessageId: string | null = null,
  ): MessageDto => {
    const m: MessageDto = {
      id: `m${++seq}`,
      conversationId,
      seq,
      clientMessageId,
      authorKind,
      body,
      createdAt: new Date().toISOString(),
    };
    conversations.get(conversationId)?.messages.push(m);
    return m;
  };

  io.use((socket, next) =>
    typeof socket.handshake.auth.citizenToken === 'string' ? next() : next(new Error('unauthorized')),
  );
  io.on('connection', (socket) => {
    socket.on('conversation.start', (payload, ack) => {
      const id = `c${conversations.size + 1}`;
      conversations.set(id, { channel: payload.channel, district: payload.district, messages: [] });
      void socket.join(id);
      ack({ ok: true, data: { conversationId: id, lastSeq: 0 } });
    });
    socket.on('handoff.request', (payload, ack) => {
      const handoff = {
        id: `h${handoffs.length + 1}`,
        conversationId: payload.conversationId,
        state: 'requested' as const,
        serviceSlug: payload.serviceSlug ?? null,
        createdAt: new Date().toISOString(),
        reason: payload.reason,
      };
      handoffs.push(handoff);
      ack({ ok: true, data: { handoff } });
    });
    socket.on('message.send', (payload, ack) => {
      ack({
        ok: true,
        data: {
          message: message(payload.conversationId, 'citizen', payload.body, payload.clientMessageId),
          duplicate: false,
        },
      });
    });
    socket.on('conversation.join', (_p, ack) =>
      ack({ ok: false, error: { code: 'not_found', message: 'n/a' } }),
    );
    socket.on('handoff.list', (_p, ack) => ack({ ok: true, data: { handoffs } }));
    socket.on('handoff.accept', (_p, ack) =>
      ack({ ok: false, error: { code: 'forbidden', message: 'n/a' } }),
    );
  });

  return {
    conversations,
    handoffs,
    /** The agent takes the latest handoff and writes to the kiosk. */
    agentAnswers(body: string): void {
      const handoff = handoffs.at(-1);
      if (!handoff) throw new Error('no handoff requested');
      const accepted = { ...handoff, state: 'accepted' as const };
      io.to(handoff.conversationId).emit('handoff.accepted', accepted);
      io.to(handoff.conversationId).emit('message.created', message(handoff.conversationId, 'agent', body));
    },
    /** The agent asks the visitor to sign in with eAuth (tests/eauth/kiosk-identity.test.ts). */
    asksForIdentity(level: 'LOW' | 'SUBSTANTIAL' | 'HIGH'): void {
      const handoff = handoffs.at(-1);
      if (!handoff) throw new Error('no handoff requested');
      io.to(handoff.conversationId).emit('identity.updated', {
        conversationId: handoff.conversationId,
        state: 'requested',
        request: { level, reason: 'agent', by: 'agent' },
        level: null,
        name: null,
      });
    },
    close: () => io.close(),
  };
}
