import type { MessageDto } from '@hub/contract';
import type { HubServer } from '../realtime/socket-kit.ts';
import type { BotHost, HandoffState } from './bot-host.ts';

const hosts = new WeakMap<HubServer, BotHost>();

export function registerBotHost(io: HubServer, host: BotHost): void {
  hosts.set(io, host);
}

/**
 * For the help desk: tell the bot what became of a handoff. `completed` (the agent closed the conversation) or
 * `failed` give the conversation back to the bot, which says so to the citizen; `accepted` only updates the
 * queue. A no-op when the assistant is not running in this server. Resolves once the bot's reply is stored and sent.
 */
export async function notifyHandoffStatus(
  io: HubServer,
  conversationId: string,
  state: HandoffState,
): Promise<void> {
  const host = hosts.get(io);
  if (!host) return;
  if (state === 'accepted') return host.publishQueue();
  await host.notifyHandoffStatus(conversationId, state);
}

/**
 * For the help desk: a message it stored outside `message.send` (a guide card, a CSAT request) also reaches a
 * messenger citizen (Viber) through that channel's delivery. Web conversations get it over socket.io already.
 */
export async function relayToChannel(
  io: HubServer,
  conversationId: string,
  message: MessageDto,
): Promise<void> {
  const host = hosts.get(io);
  const conversation = host ? await host.findConversation(conversationId) : null;
  if (host && conversation) await host.agentMessage(conversation, message);
}
