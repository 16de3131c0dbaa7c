import type { Activity } from 'botbuilder';
import type { MessageDto, ServerToClientEvents } from '@hub/contract';
import {
  ConversationAdapter,
  HANDOFF_INITIATE,
  IDENTITY_REQUEST,
  type Assistant,
  type AssistantKnowledge,
  type HandoffContext,
} from '@hub/assistant';
import { toChannelMessage } from '@hub/assistant/src/channels/index.ts';
import { appendMessage, type ConversationRecord } from '../conversations/store.ts';
import type { Db } from '../db/client.ts';
import { trackClickOuts } from './click-out.ts';

export type Emit = <E extends keyof ServerToClientEvents>(
  conversationId: string,
  event: E,
  ...args: Parameters<ServerToClientEvents[E]>
) => void;

export interface TurnParts {
  db: Db;
  assistant: Assistant;
  emit: Emit;
  onHandoff(conversation: ConversationRecord, context: HandoffContext): Promise<void>;
  /** The bot asks for an eAuth sign-in (server/src/eauth/hub); absent when eAuth is off. */
  onIdentityRequest?: ((conversation: ConversationRecord, value: unknown) => Promise<void>) | undefined;
  /** For counting e-service click-outs per channel. */
  kb: AssistantKnowledge;
  publicBaseUrl: string;
}

function localeOf(lang: string): string {
  return lang === 'en' ? 'en-US' : 'bg-BG';
}

/**
 * One bot turn for a hub conversation: the activity goes through the assistant's in-process adapter; each reply
 * is stored as a bot message (text fallback + validated content) before it is pushed to the conversation's room.
 */
export async function runWebTurn(
  parts: TurnParts,
  conversation: ConversationRecord,
  activity: Partial<Activity>,
): Promise<MessageDto[]> {
  const adapter = new ConversationAdapter({
    channelId: conversation.channel,
    conversationId: conversation.id,
    userId: conversation.citizenId,
  });
  parts.emit(conversation.id, 'typing.changed', {
    conversationId: conversation.id,
    authorKind: 'bot',
    typing: true,
  });
  const stored: MessageDto[] = [];
  try {
    const replies = await adapter.receive(
      { locale: localeOf(conversation.lang), ...activity },
      parts.assistant.run,
    );
    for (const reply of replies) {
      if (reply.type === 'event' && reply.name === HANDOFF_INITIATE) {
        await parts.onHandoff(conversation, reply.value as HandoffContext);
        continue;
      }
      if (reply.type === 'event' && reply.name === IDENTITY_REQUEST) {
        await parts.onIdentityRequest?.(conversation, reply.value);
        continue;
      }
      if (reply.type !== 'message') continue;
      const mapped = toChannelMessage(reply);
      const { body } = mapped;
      const content = trackClickOuts(mapped.content, {
        kb: parts.kb,
        channelId: conversation.channel,
        baseUrl: parts.publicBaseUrl,
      });
      if (!body && !content) continue;
      const { message } = await appendMessage(parts.db, {
        conversationId: conversation.id,
        clientMessageId: null,
        authorKind: 'bot',
        body,
        content,
      });
      stored.push(message);
      parts.emit(conversation.id, 'message.created', message);
    }
  } finally {
    parts.emit(conversation.id, 'typing.changed', {
      conversationId: conversation.id,
      authorKind: 'bot',
      typing: false,
    });
  }
  return stored;
}
