import type { Activity } from 'botbuilder';
import type { MessageDto } from '@hub/contract';
import {
  createAssistant,
  HANDOFF_STATUS,
  SOFIA_OFFICE_HOURS,
  type Assistant,
  type AssistantKnowledge,
  type Availability,
  type Clock,
  type HandoffContext,
  type WorkingHours,
} from '@hub/assistant';
import type { Analytics } from '../analytics/index.ts';
import {
  findConversation,
  requestHandoff,
  setConversationStatus,
  updateConversationContext,
  type ConversationRecord,
} from '../conversations/store.ts';
import type { Db } from '../db/client.ts';
import { safeError, type Logger } from '../logger.ts';
import { conversationRoom, STAFF_ROOM, type HubServer } from '../realtime/socket-kit.ts';
import { assistantEvents } from './assistant-events.ts';
import { assistantLogger } from './assistant-logger.ts';
import { PrismaStorage } from './prisma-storage.ts';
import { publishQueue } from './queue.ts';
import { registerBotHost } from './registry.ts';
import { createSerialQueue } from './serial.ts';
import { runWebTurn, type Emit } from './web-turns.ts';

export interface BotHostDeps {
  db: Db;
  kb: AssistantKnowledge;
  logger: Logger;
  analytics: Analytics;
  /** Origin of the public directory, for links in answers. */
  publicBaseUrl: string;
  clock?: Clock;
  hours?: WorkingHours;
  /** Average minutes an agent needs per conversation (wait estimates). */
  minutesPerConversation?: number;
  /** eAuth's step-up (server/src/eauth/hub): the bot's `identity.request` events go here. */
  onIdentityRequest?: (conversation: ConversationRecord, value: unknown) => Promise<void>;
}

export type HandoffState = 'accepted' | 'completed' | 'failed';

/** Sends stored messages to a messenger conversation (Viber, …); the web widget needs none (socket.io pushes). */
export type Delivery = (conversation: ConversationRecord, messages: readonly MessageDto[]) => Promise<void>;

/** Runs the assistant for hub conversations (web widget, Viber) and connects its handoff to the help-desk queue. */
export interface BotHost {
  readonly assistant: Assistant;
  /** The same bot for channels the help desk cannot reach (Bot Framework): call-back instead of a live handoff. */
  readonly withoutLiveHandoff: Assistant;
  readonly storage: PrismaStorage;
  /** socket.io, once it is listening: replies, typing and queue updates are pushed through it. */
  attach(io: HubServer): void;
  /** A new conversation: the bot greets. */
  conversationStarted(conversation: ConversationRecord): Promise<MessageDto[]>;
  /** A citizen's stored message (typed text, or a quick reply / card button with its value). */
  citizenMessage(
    conversation: ConversationRecord,
    input: { text: string; value?: unknown },
  ): Promise<MessageDto[]>;
  /** The help desk's word on a handoff; `completed`/`failed` give the conversation back to the bot. */
  notifyHandoffStatus(conversationId: string, state: HandoffState): Promise<MessageDto[]>;
  /** Pushes each waiting citizen's queue position and estimated wait. */
  publishQueue(): Promise<void>;
  /** A messenger channel's way out: bot replies and agents' messages in its conversations go through it. */
  registerChannel(channel: string, delivery: Delivery): void;
  findConversation(conversationId: string): Promise<ConversationRecord | null>;
  /** An agent's stored message: delivered to a messenger citizen (never shown to the bot). */
  agentMessage(conversation: ConversationRecord, message: MessageDto): Promise<void>;
}

export function createBotHost(deps: BotHostDeps): BotHost {
  let io: HubServer | undefined;
  const minutesPerConversation = deps.minutesPerConversation ?? 6;
  const serial = createSerialQueue();
  const storage = new PrismaStorage(deps.db);
  const deliveries = new Map<string, Delivery>();

  const emit: Emit = (conversationId, event, ...args) => {
    io?.to(conversationRoom(conversationId)).emit(event, ...args);
  };

  async function agentsOnline(): Promise<number> {
    if (!io) throw new Error('realtime not attached');
    return (await io.in(STAFF_ROOM).fetchSockets()).length;
  }

  async function availability(): Promise<Availability> {
    const [agents, queueLength] = await Promise.all([
      agentsOnline(),
      deps.db.handoffRequest.count({ where: { state: 'requested' } }),
    ]);
    return { agentsOnline: agents, queueLength };
  }

  const common = {
    kb: deps.kb,
    storage,
    clock: deps.clock ?? { now: () => new Date() },
    hours: deps.hours ?? SOFIA_OFFICE_HOURS,
    events: assistantEvents(deps.analytics, deps.logger),
    logger: assistantLogger(deps.logger),
    publicBaseUrl: deps.publicBaseUrl,
    minutesPerConversation,
  };
  const assistant = createAssistant({ ...common, availability });
  // Bot Framework channels have no way back from our help desk yet: a live handoff would leave the citizen with a
  // silent bot, so there the bot offers a call-back instead (it does so when nobody is online).
  const withoutLiveHandoff = createAssistant({
    ...common,
    availability: async () => ({ agentsOnline: 0, queueLength: 0 }),
  });

  const queue = () =>
    publishQueue({
      db: deps.db,
      emit,
      agentsOnline: () => agentsOnline().catch(() => 0),
      minutesPerConversation,
    });

  async function onHandoff(conversation: ConversationRecord, context: HandoffContext): Promise<void> {
    await updateConversationContext(deps.db, conversation.id, {
      lang: context.lang,
      district: context.district,
    });
    const handoff = await requestHandoff(deps.db, {
      conversationId: conversation.id,
      reason: context.reason,
      serviceSlug: context.slug,
    });
    io?.to(STAFF_ROOM).emit('handoff.requested', handoff);
    emit(conversation.id, 'conversation.status_changed', {
      conversationId: conversation.id,
      status: 'handoff',
    });
    await queue();
  }

  const turn = (conversation: ConversationRecord, activity: Partial<Activity>) =>
    serial(conversation.id, async () => {
      const replies = await runWebTurn(
        {
          db: deps.db,
          assistant,
          emit,
          onHandoff,
          onIdentityRequest: deps.onIdentityRequest,
          kb: deps.kb,
          publicBaseUrl: deps.publicBaseUrl,
        },
        conversation,
        activity,
      );
      // Greetings on messengers are answered in the webhook's response (Viber's rule), not sent.
      const deliver = deliveries.get(conversation.channel);
      if (deliver && replies.length && activity.type !== 'conversationUpdate')
        await deliver(conversation, replies);
      return replies;
    });

  const host: BotHost = {
    assistant,
    withoutLiveHandoff,
    storage,
    attach(server) {
      io = server;
      registerBotHost(server, host);
    },
    conversationStarted: (conversation) =>
      turn(conversation, {
        type: 'conversationUpdate',
        membersAdded: [{ id: conversation.citizenId, name: 'citizen' }],
      }),
    citizenMessage: (conversation, input) =>
      turn(conversation, {
        type: 'message',
        text: input.text,
        ...(input.value !== undefined ? { value: input.value } : {}),
      }),
    async notifyHandoffStatus(conversationId, state) {
      const conversation = await findConversation(deps.db, conversationId);
      if (!conversation) return [];
      if (state !== 'accepted') {
        await setConversationStatus(deps.db, conversationId, 'open');
        emit(conversationId, 'conversation.status_changed', { conversationId, status: 'open' });
      }
      try {
        return await turn(conversation, { type: 'event', name: HANDOFF_STATUS, value: { state } });
      } finally {
        await queue();
      }
    },
    publishQueue: queue,
    registerChannel(channel, delivery) {
      deliveries.set(channel, delivery);
    },
    findConversation: (conversationId) => findConversation(deps.db, conversationId),
    async agentMessage(conversation, message) {
      await deliveries.get(conversation.channel)?.(conversation, [message]);
    },
  };
  return host;
}

/** Runs a bot turn without holding up the caller; a failure is logged (ids only) and the citizen keeps their message. */
export function inBackground(logger: Logger, conversationId: string, task: Promise<unknown>): void {
  task.catch((error: unknown) =>
    logger.error({ error: safeError(error), conversationId }, 'bot turn failed'),
  );
}
