import {
  conversationJoinSchema,
  conversationStartSchema,
  handoffAcceptSchema,
  handoffRequestSchema,
  messageSendSchema,
} from '@hub/contract';
import {
  acceptHandoff,
  appendMessage,
  findConversation,
  HandoffTakenError,
  messagesAfter,
  openHandoffs,
  requestHandoff,
  startConversation,
} from '../conversations/store.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { recordAudit } from '../staff/audit.ts';
import { roleAllows } from '../staff/roles.ts';
import {
  AckError,
  conversationRoom,
  handle,
  parse,
  STAFF_ROOM,
  type HubServer,
  type HubSocket,
} from './socket-kit.ts';
import { emitToOthersInRoom, rebroadcastsRetries } from './durable-emit.ts';
import { createFloodGuard } from './flood-guard.ts';
import { sharedFloodGuards } from './flood-registry.ts';
import { registerChatEvents } from './citizen-events.ts';
import type { ConversationHooks } from './conversation-hooks.ts';

/** Per socket: bursts of 20 events, 2 per second sustained (a person types slower). */
const FLOOD_CAPACITY = 20;
const FLOOD_PER_SECOND = 2;
/** A citizen's sockets share one bucket: more tabs or sockets do not multiply the allowance. */
const citizenFloodGuards = sharedFloodGuards(FLOOD_CAPACITY, FLOOD_PER_SECOND);

export function registerHandlers(
  io: HubServer,
  socket: HubSocket,
  db: Db,
  logger: Logger,
  hooks: ConversationHooks = {},
): void {
  const identity = socket.data.identity;
  const shared = identity.kind === 'citizen' ? citizenFloodGuards.acquire(identity.citizenId) : undefined;
  if (shared) socket.on('disconnect', shared.release);
  const allow = shared?.allow ?? createFloodGuard(FLOOD_CAPACITY, FLOOD_PER_SECOND);
  socket.use((packet, next) => {
    if (allow()) return next();
    // Dropped, with an answer so the client can back off instead of waiting.
    const ack = packet[packet.length - 1] as unknown;
    if (typeof ack === 'function')
      ack({ ok: false, error: { code: 'rate_limited', message: 'too many events; slow down' } });
  });
  if (identity.kind === 'staff' && roleAllows(identity.role, 'agent')) void socket.join(STAFF_ROOM);

  /** The conversation, if this socket may take part in it. */
  async function accessible(conversationId: string) {
    const conversation = await findConversation(db, conversationId);
    const allowed =
      conversation &&
      (identity.kind === 'citizen'
        ? conversation.citizenId === identity.citizenId
        : roleAllows(identity.role, 'agent'));
    if (!allowed) throw new AckError({ code: 'not_found', message: 'no such conversation' });
    return conversation;
  }

  socket.on(
    'conversation.start',
    handle(logger, 'conversation.start', async (payload) => {
      if (identity.kind !== 'citizen')
        throw new AckError({ code: 'forbidden', message: 'only citizens start conversations' });
      const input = parse(conversationStartSchema, payload);
      const conversation = await startConversation(db, { citizenId: identity.citizenId, ...input });
      await socket.join(conversationRoom(conversation.id));
      hooks.conversationStarted?.(conversation);
      return { conversationId: conversation.id, lastSeq: conversation.lastSeq };
    }),
  );

  socket.on(
    'conversation.join',
    handle(logger, 'conversation.join', async (payload) => {
      const input = parse(conversationJoinSchema, payload);
      const conversation = await accessible(input.conversationId);
      // Join first, then read: a message stored in between is both read and pushed; clients dedupe by seq.
      await socket.join(conversationRoom(conversation.id));
      const messages = await messagesAfter(db, conversation.id, input.afterSeq);
      if (identity.kind === 'staff') {
        await recordAudit(db, {
          actorId: identity.userId,
          action: 'conversation.joined',
          targetType: 'conversation',
          targetId: conversation.id,
        });
      }
      const fresh = await findConversation(db, conversation.id);
      // A citizen back while waiting for a person hears their place in the queue again.
      if (identity.kind === 'citizen' && fresh?.status === 'handoff') hooks.queueChanged?.();
      return {
        conversationId: conversation.id,
        status: (fresh?.status ?? conversation.status) as 'open' | 'handoff' | 'closed',
        lastSeq: fresh?.lastSeq ?? conversation.lastSeq,
        messages,
      };
    }),
  );

  registerChatEvents({ socket, db, logger, hooks, accessible });

  socket.on(
    'message.send',
    handle(logger, 'message.send', async (payload) => {
      const input = parse(messageSendSchema, payload);
      const conversation = await accessible(input.conversationId);
      if (conversation.status === 'closed')
        throw new AckError({ code: 'conflict', message: 'the conversation is closed' });
      const result = await appendMessage(db, {
        conversationId: conversation.id,
        clientMessageId: input.clientMessageId,
        authorKind: identity.kind === 'citizen' ? 'citizen' : 'agent',
        body: input.body,
      });
      // Persisted before anyone hears of it, and acknowledged only once the broadcast left this node. A retried
      // duplicate is broadcast again only with several nodes (see durable-emit.ts; clients dedupe by seq).
      if (!result.duplicate || rebroadcastsRetries(socket))
        await emitToOthersInRoom(
          socket,
          conversationRoom(conversation.id),
          'message.created',
          result.message,
        );
      // Only citizens talk to the bot; an agent's message never reaches it.
      if (!result.duplicate && identity.kind === 'citizen')
        hooks.citizenMessage?.(conversation, result.message, { text: input.body });
      if (!result.duplicate && identity.kind === 'staff') hooks.agentMessage?.(conversation, result.message);
      logger.debug(
        { conversationId: conversation.id, seq: result.message.seq, duplicate: result.duplicate },
        'message stored',
      );
      return result;
    }),
  );

  socket.on(
    'handoff.request',
    handle(logger, 'handoff.request', async (payload) => {
      const input = parse(handoffRequestSchema, payload);
      const conversation = await accessible(input.conversationId);
      const handoff = await requestHandoff(db, {
        conversationId: conversation.id,
        reason: input.reason,
        serviceSlug: input.serviceSlug,
      });
      io.to(STAFF_ROOM).emit('handoff.requested', handoff);
      io.to(conversationRoom(conversation.id)).emit('conversation.status_changed', {
        conversationId: conversation.id,
        status: 'handoff',
      });
      hooks.queueChanged?.();
      return { handoff };
    }),
  );

  function requireAgent(): string {
    if (identity.kind !== 'staff' || !roleAllows(identity.role, 'agent')) {
      throw new AckError({ code: 'forbidden', message: 'for agents only' });
    }
    return identity.userId;
  }

  socket.on(
    'handoff.list',
    handle(logger, 'handoff.list', async () => {
      requireAgent();
      return { handoffs: await openHandoffs(db) };
    }),
  );

  socket.on(
    'handoff.accept',
    handle(logger, 'handoff.accept', async (payload) => {
      const agentId = requireAgent();
      const input = parse(handoffAcceptSchema, payload);
      let handoff;
      try {
        handoff = await acceptHandoff(db, { handoffId: input.handoffId, agentId });
      } catch (error) {
        if (error instanceof HandoffTakenError)
          throw new AckError({ code: 'conflict', message: error.message });
        throw error;
      }
      if (!handoff) throw new AckError({ code: 'not_found', message: 'no such handoff' });
      await recordAudit(db, {
        actorId: agentId,
        action: 'handoff.accepted',
        targetType: 'handoff',
        targetId: handoff.id,
      });
      await socket.join(conversationRoom(handoff.conversationId));
      io.to(STAFF_ROOM).to(conversationRoom(handoff.conversationId)).emit('handoff.accepted', handoff);
      hooks.queueChanged?.();
      return { handoff };
    }),
  );
}
