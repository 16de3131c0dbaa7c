import { z } from 'zod';
import { channelSchema, langSchema, slugSchema } from './common.ts';
import type { ApiError } from './errors.ts';

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

export const handoffAcceptSchema = z.object({ handoffId: z.string().min(1).max(64) }).strict();

export const AUTHOR_KINDS = ['citizen', 'bot', 'agent', 'system'] as const;

export const messageDtoSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number().int(),
  clientMessageId: z.string().nullable(),
  authorKind: z.enum(AUTHOR_KINDS),
  body: z.string(),
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

/** Every acknowledgement: success with data, or a stable error. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface ClientToServerEvents {
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
  /** Agents: the handoffs waiting for someone (state requested), oldest first. */
  'handoff.list': (
    payload: Record<string, never>,
    ack: (res: Ack<{ handoffs: HandoffDto[] }>) => void,
  ) => void;
  /** Agents: take a waiting handoff; the agent joins the conversation. */
  'handoff.accept': (payload: HandoffAcceptInput, ack: (res: Ack<{ handoff: HandoffDto }>) => void) => void;
}

export interface ServerToClientEvents {
  'message.created': (message: MessageDto) => void;
  'conversation.status_changed': (change: { conversationId: string; status: ConversationStatus }) => void;
  'handoff.requested': (handoff: HandoffDto) => void;
  'handoff.accepted': (handoff: HandoffDto) => void;
}

/** socket.io handshake `auth` payload of a citizen client. Staff authenticate with their session cookie. */
export interface CitizenHandshakeAuth {
  citizenToken: string;
}
