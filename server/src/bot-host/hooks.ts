import type { Logger } from '../logger.ts';
import type { ConversationHooks } from '../realtime/conversation-hooks.ts';
import { inBackground, type BotHost } from './bot-host.ts';

/** Conversation events → bot turns, run after the citizen's message is acknowledged. */
export function conversationHooks(host: BotHost, logger: Logger): ConversationHooks {
  return {
    conversationStarted(conversation) {
      inBackground(logger, conversation.id, host.conversationStarted(conversation));
    },
    citizenMessage(conversation, _message, input) {
      inBackground(logger, conversation.id, host.citizenMessage(conversation, input));
    },
    agentMessage(conversation, message) {
      inBackground(logger, conversation.id, host.agentMessage(conversation, message));
    },
    queueChanged() {
      inBackground(logger, 'queue', host.publishQueue());
    },
  };
}
