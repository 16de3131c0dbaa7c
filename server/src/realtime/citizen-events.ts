import { messageActionSchema, messageReadSchema, typingSchema } from '@hub/contract';
import { appendMessage, type ConversationRecord } from '../conversations/store.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { ConversationHooks } from './conversation-hooks.ts';
import { emitToOthersInRoom, rebroadcastsRetries } from './durable-emit.ts';
import { AckError, conversationRoom, handle, parse, type HubSocket } from './socket-kit.ts';

export interface ChatEventParts {
  socket: HubSocket;
  db: Db;
  logger: Logger;
  hooks: ConversationHooks;
  accessible(conversationId: string): Promise<ConversationRecord>;
}

/** Quick replies and card buttons, typing indicators and read receipts. */
export function registerChatEvents({ socket, db, logger, hooks, accessible }: ChatEventParts): void {
  const identity = socket.data.identity;
  const authorKind = identity.kind === 'citizen' ? 'citizen' : 'agent';

  socket.on(
    'message.action',
    handle(logger, 'message.action', async (payload) => {
      const input = parse(messageActionSchema, payload);
      if (identity.kind !== 'citizen')
        throw new AckError({ code: 'forbidden', message: 'only citizens answer the bot' });
      const conversation = await accessible(input.conversationId);
      if (conversation.status === 'closed')
        throw new AckError({ code: 'conflict', message: 'the conversation is closed' });
      const { action } = input;
      const result = await appendMessage(db, {
        conversationId: conversation.id,
        clientMessageId: input.clientMessageId,
        authorKind: 'citizen',
        body: action.title,
      });
      // Acknowledged once the broadcast left this node (see durable-emit.ts).
      if (!result.duplicate || rebroadcastsRetries(socket))
        await emitToOthersInRoom(
          socket,
          conversationRoom(conversation.id),
          'message.created',
          result.message,
        );
      if (!result.duplicate) {
        // As Bot Framework channels do: imBack sends its value as text; postBack/messageBack carry the value.
        const text = typeof action.value === 'string' ? action.value : action.title;
        const value = action.type === 'imBack' ? undefined : action.value;
        hooks.citizenMessage?.(conversation, result.message, {
          text,
          ...(value !== undefined ? { value } : {}),
        });
      }
      return result;
    }),
  );

  socket.on(
    'typing',
    handle(logger, 'typing', async (payload) => {
      const input = parse(typingSchema, payload);
      const conversation = await accessible(input.conversationId);
      socket
        .to(conversationRoom(conversation.id))
        .emit('typing.changed', { conversationId: conversation.id, authorKind, typing: input.typing });
      return {};
    }),
  );

  socket.on(
    'message.read',
    handle(logger, 'message.read', async (payload) => {
      const input = parse(messageReadSchema, payload);
      const conversation = await accessible(input.conversationId);
      if (input.seq > conversation.lastSeq)
        throw new AckError({ code: 'invalid_request', message: 'no such message yet' });
      socket
        .to(conversationRoom(conversation.id))
        .emit('message.read', { conversationId: conversation.id, authorKind, seq: input.seq });
      return {};
    }),
  );
}
