import type { MessageDto } from '@hub/contract';
import type { ConversationRecord } from '../conversations/store.ts';

/**
 * What the conversation events tell the rest of the server (the bot host): called after the change is stored
 * and acknowledged, never awaited by the sender. Only citizens' messages are reported: agents never reach the bot.
 */
export interface ConversationHooks {
  conversationStarted?(conversation: ConversationRecord): void;
  citizenMessage?(
    conversation: ConversationRecord,
    message: MessageDto,
    input: { text: string; value?: unknown },
  ): void;
  /** An agent's message (messenger channels deliver it to the citizen). */
  agentMessage?(conversation: ConversationRecord, message: MessageDto): void;
  /** The queue changed (a handoff was requested or taken). */
  queueChanged?(): void;
}
