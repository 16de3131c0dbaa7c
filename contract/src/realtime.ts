import { z } from 'zod';
import { channelSchema, langSchema, slugSchema } from './common.ts';
import type { ApiError } from './errors.ts';
import { HELPDESK_EVENTS, type HelpdeskClientEvents, type HelpdeskServerEvents } from './helpdesk.ts';
import { IDENTITY_EVENTS, type IdentityClientEvents, type IdentityServerEvents } from './identity.ts';
import { cardActionSchema, messageContentSchema } from './message-content.ts';

/** All socket.io event names, in one place. */
export const EVENTS = {
  conversationStart: 'conversation.start',
  conversationJoin: 'conversation.join',
  messageSend: 'message.send',
  handoffRequest: 'handoff.request',
  handoffList: 'handoff.list',
  handoffAccept: 'handoff.accept',
  messageCreated: 'message.created',
  conversationStatusChanged: 'conversation.status_changed',
  handoffRequested: 'handoff.requested',
  handoffAccepted: 'handoff.accepted',
  messageAction: 'message.action',
  typing: 'typing',
  typingChanged: 'typing.changed',
  messageRead: 'message.read',
  queueUpdated: 'queue.updated',
  ...HELPDESK_EVENTS,
  ...IDENTITY_EVENTS,
} as const;

export const messageBodySchema = z.string().trim().min(1).max(4000);

export const conversationStartSchema = z
  .object({ channel: channelSchema, lang: langSchema, district: slugSchema.optional() })
  .strict();

export const conversationJoinSchema = z
  .object({ conversationId: z.string().min(1).max(64), afterSeq: z.number().int().min(0).default(0) })
  .strict();

export const messageSendSchema = z
  .object({
    conversationId: z.string().min(1).max(64),
    /** Chosen by the client (e.g. a UUID); a retry with the same id is stored once. */
    clientMessageId: z.string().min(8).max(64),
    body: messageBodySchema,
  })
  .strict();

export const handoffRequestSchema = z
  .object({
    conversationId: z.string().min(1).max(64),
    reason: z.string().trim().max(200).optional(),
    serviceSlug: slugSchema.optional(),
  })
  .strict();

/** A click on a quick reply or a card button that posts back to the bot (openUrl buttons never reach the server). */
export const messageActionSchema = z
  .object({
    conversationId: z.string().min(1).max(64),
    clientMessageId: z.string().min(8).max(64),
    action: cardActionSchema.refine(
      (a) => a.type !== 'openUrl',
      'openUrl actions are followed by the browser',
    ),
  })
  .strict();

export const typingSchema = z
  .object({ conversationId: z.string().min(1).max(64), typing: z.boolean().default(true) })
  .strict();

export const messageReadSchema = z
  .object({ conversationId: z.string().min(1).max(64), seq: z.number().int().min(1) })
  .strict();

export interface TypingChanged {
  conversationId: string;
  authorKind: (typeof AUTHOR_KINDS)[number];
  typing: boolean;
}
export interface MessageRead {
  conversationId: string;
  authorKind: (typeof AUTHOR_KINDS)[number];
  seq: number;
}
export interface QueueUpdated {
  conversationId: string;
  /** 1 = next to be picked up. */
  position: number;
  estimatedWaitSeconds: number;
}

export const handoffAcceptSchema = z.object({ handoffId: z.string().min(1).max(64) }).strict();

export const AUTHOR_KINDS = ['citizen', 'bot', 'agent', 'system'] as const;

export * from './message-content.ts';

export const messageDtoSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number().int(),
  clientMessageId: z.string().nullable(),
  authorKind: z.enum(AUTHOR_KINDS),
  /** Plain text: the message itself, or the text fallback of its rich content. */
  body: z.string(),
  /** Cards, quick replies and the service it is about; absent for plain messages. */
  content: messageContentSchema.optional(),
  createdAt: z.string(),
});
export type MessageDto = z.infer<typeof messageDtoSchema>;

export const CONVERSATION_STATUSES = ['open', 'handoff', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export interface HandoffDto {
  id: string;
  conversationId: string;
  state: 'requested' | 'accepted' | 'resolved' | 'cancelled';
  serviceSlug: string | null;
  createdAt: string;
}

export type ConversationStartInput = z.input<typeof conversationStartSchema>;
export type ConversationJoinInput = z.input<typeof conversationJoinSchema>;
export type MessageSendInput = z.input<typeof messageSendSchema>;
export type HandoffRequestInput = z.input<typeof handoffRequestSchema>;
export type HandoffAcceptInput = z.input<typeof handoffAcceptSchema>;
export type MessageActionInput = z.input<typeof messageActionSchema>;
export type TypingInput = z.input<typeof typingSchema>;
export type MessageReadInput = z.input<typeof messageReadSchema>;

/** Every acknowledgement: success with data, or a stable error. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface ClientToServerEvents extends HelpdeskClientEvents, IdentityClientEvents {
  'conversation.start': (
    payload: ConversationStartInput,
    ack: (res: Ack<{ conversationId: string; lastSeq: number }>) => void,
  ) => void;
  'conversation.join': (
    payload: ConversationJoinInput,
    ack: (
      res: Ack<{
        conversationId: string;
        status: ConversationStatus;
        lastSeq: number;
        messages: MessageDto[];
      }>,
    ) => void,
  ) => void;
  'message.send': (
    payload: MessageSendInput,
    ack: (res: Ack<{ message: MessageDto; duplicate: boolean }>) => void,
  ) => void;
  'handoff.request': (payload: HandoffRequestInput, ack: (res: Ack<{ handoff: HandoffDto }>) => void) => void;
  /** A quick reply or card button (imBack/postBack/messageBack): stored as the citizen's message, then answered. */
  'message.action': (
    payload: MessageActionInput,
    ack: (res: Ack<{ message: MessageDto; duplicate: boolean }>) => void,
  ) => void;
  /** Typing started/stopped; relayed to the others in the conversation as `typing.changed`. */
  typing: (payload: TypingInput, ack: (res: Ack<Record<string, never>>) => void) => void;
  /** Everything up to seq has been read; relayed as `message.read`. */
  'message.read': (payload: MessageReadInput, ack: (res: Ack<Record<string, never>>) => void) => void;
  /** Agents: the handoffs waiting for someone (state requested), oldest first. */
  'handoff.list': (
    payload: Record<string, never>,
    ack: (res: Ack<{ handoffs: HandoffDto[] }>) => void,
  ) => void;
  /** Agents: take a waiting handoff; the agent joins the conversation. */
  'handoff.accept': (payload: HandoffAcceptInput, ack: (res: Ack<{ handoff: HandoffDto }>) => void) => void;
}

export interface ServerToClientEvents extends HelpdeskServerEvents, IdentityServerEvents {
  'message.created': (message: MessageDto) => void;
  'conversation.status_changed': (change: { conversationId: string; status: ConversationStatus }) => void;
  'handoff.requested': (handoff: HandoffDto) => void;
  'handoff.accepted': (handoff: HandoffDto) => void;
  'typing.changed': (change: TypingChanged) => void;
  'message.read': (read: MessageRead) => void;
  /** While a citizen waits for a person: place in the queue and a rough wait. */
  'queue.updated': (queue: QueueUpdated) => void;
}

/** socket.io handshake `auth` payload of a citizen client. Staff authenticate with their session cookie. */
export interface CitizenHandshakeAuth {
  citizenToken: string;
}
