import { randomUUID } from 'node:crypto';
import {
  messageContentSchema,
  type Channel,
  type ConversationStatus,
  type HandoffDto,
  type Lang,
  type MessageContent,
  type MessageDto,
} from '@hub/contract';
import type { Db } from '../db/client.ts';
import { storableText } from '../privacy/stored-text.ts';
import { insertNextMessage, isUniqueViolation } from './next-message.ts';

type AuthorKind = MessageDto['authorKind'];

export interface ConversationRecord {
  id: string;
  citizenId: string;
  status: string;
  lastSeq: number;
  channel: string;
  lang: string;
}

interface MessageRow {
  id: string;
  conversationId: string;
  seq: number;
  clientMessageId: string | null;
  authorKind: string;
  body: string;
  content?: string | null;
  createdAt: Date;
}

/** Stored content is re-validated on the way out: a row that no longer fits the contract is sent as text only. */
function readContent(raw: string | null | undefined): MessageContent | undefined {
  if (!raw) return undefined;
  try {
    const parsed = messageContentSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function toMessageDto(row: MessageRow): MessageDto {
  const content = readContent(row.content);
  return {
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    clientMessageId: row.clientMessageId,
    authorKind: row.authorKind as AuthorKind,
    body: row.body,
    ...(content ? { content } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function startConversation(
  db: Db,
  input: { citizenId: string; channel: Channel; lang: Lang; district?: string | undefined },
): Promise<ConversationRecord> {
  const id = randomUUID();
  return db.conversation.create({
    data: {
      id,
      citizenId: input.citizenId,
      channel: input.channel,
      lang: input.lang,
      district: input.district ?? null,
      participants: {
        create: [
          { id: randomUUID(), kind: 'citizen' },
          { id: randomUUID(), kind: 'bot' },
        ],
      },
    },
  });
}

export function findConversation(db: Db, id: string): Promise<ConversationRecord | null> {
  return db.conversation.findUnique({ where: { id } });
}

/**
 * Stores a message with the next sequence number of its conversation. A message whose
 * clientMessageId was already stored is not stored again: the stored one is returned.
 */
export async function appendMessage(
  db: Db,
  input: {
    conversationId: string;
    clientMessageId: string | null;
    authorKind: AuthorKind;
    body: string;
    content?: MessageContent | undefined;
    participantId?: string;
  },
): Promise<{ message: MessageDto; duplicate: boolean }> {
  // Stored first, looked up only if refused: a retry is rare, so the common case is one statement.
  try {
    const row = await insertNextMessage(db, {
      id: randomUUID(),
      conversationId: input.conversationId,
      clientMessageId: input.clientMessageId,
      authorKind: input.authorKind,
      participantId: input.participantId ?? null,
      // No ЕГН, ЛНЧ or card number is ever stored (server/src/privacy).
      body: storableText(input.body),
      content: input.content ? JSON.stringify(messageContentSchema.parse(input.content)) : null,
    });
    return { message: toMessageDto(row), duplicate: false };
  } catch (error) {
    // A retry of a stored message (or two retries that raced): nothing was stored; answer with the stored one.
    const stored = isUniqueViolation(error)
      ? await findByClientId(db, input.conversationId, input.clientMessageId)
      : null;
    if (stored) return { message: toMessageDto(stored), duplicate: true };
    throw error;
  }
}

/** Messages after a sequence number, oldest first: what a reconnecting client missed. */
export async function messagesAfter(
  db: Db,
  conversationId: string,
  afterSeq: number,
  limit = 500,
): Promise<MessageDto[]> {
  const rows = await db.message.findMany({
    where: { conversationId, seq: { gt: afterSeq } },
    orderBy: { seq: 'asc' },
    take: limit,
  });
  return rows.map(toMessageDto);
}

export async function requestHandoff(
  db: Db,
  input: { conversationId: string; reason?: string | undefined; serviceSlug?: string | undefined },
): Promise<HandoffDto> {
  const open = await db.handoffRequest.findFirst({
    where: { conversationId: input.conversationId, state: { in: ['requested', 'accepted'] } },
  });
  if (open) return toHandoffDto(open);
  const id = randomUUID();
  const row = await db.$transaction(async (tx) => {
    await tx.conversation.update({
      where: { id: input.conversationId },
      data: { status: 'handoff' satisfies ConversationStatus },
    });
    return tx.handoffRequest.create({
      data: {
        id,
        conversationId: input.conversationId,
        reason: input.reason ? storableText(input.reason) : null,
        serviceSlug: input.serviceSlug ?? null,
        transitions: { create: { id: randomUUID(), fromState: null, toState: 'requested' } },
      },
    });
  });
  return toHandoffDto(row);
}

export async function openHandoffs(db: Db, limit = 200): Promise<HandoffDto[]> {
  const rows = await db.handoffRequest.findMany({
    where: { state: 'requested' },
    orderBy: { createdAt: 'asc' },
    take: limit,
  });
  return rows.map(toHandoffDto);
}

export class HandoffTakenError extends Error {
  override name = 'HandoffTakenError';
}

/** An agent takes a waiting handoff. Only one agent can win: the state check and change are one update. */
export async function acceptHandoff(
  db: Db,
  input: { handoffId: string; agentId: string },
): Promise<HandoffDto | null> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.handoffRequest.updateMany({
      where: { id: input.handoffId, state: 'requested' },
      data: { state: 'accepted', agentId: input.agentId },
    });
    const row = await tx.handoffRequest.findUnique({ where: { id: input.handoffId } });
    if (!row) return null;
    if (count === 0) throw new HandoffTakenError(`handoff is ${row.state}`);
    await tx.handoffTransition.create({
      data: {
        id: randomUUID(),
        handoffId: row.id,
        fromState: 'requested',
        toState: 'accepted',
        actorId: input.agentId,
      },
    });
    await tx.participant.create({
      data: {
        id: randomUUID(),
        conversationId: row.conversationId,
        kind: 'agent',
        staffUserId: input.agentId,
      },
    });
    return toHandoffDto(row);
  });
}

function toHandoffDto(row: {
  id: string;
  conversationId: string;
  state: string;
  serviceSlug: string | null;
  createdAt: Date;
}): HandoffDto {
  return {
    id: row.id,
    conversationId: row.conversationId,
    state: row.state as HandoffDto['state'],
    serviceSlug: row.serviceSlug,
    createdAt: row.createdAt.toISOString(),
  };
}

async function findByClientId(
  db: Db,
  conversationId: string,
  clientMessageId: string | null,
): Promise<MessageRow | null> {
  if (clientMessageId === null) return null;
  return db.message.findUnique({
    where: { conversationId_clientMessageId: { conversationId, clientMessageId } },
  });
}

/** The context the assistant worked out (language, district) kept on the conversation for the agent. */
export async function updateConversationContext(
  db: Db,
  conversationId: string,
  context: { lang?: Lang | undefined; district?: string | undefined },
): Promise<void> {
  const data = {
    ...(context.lang ? { lang: context.lang } : {}),
    ...(context.district ? { district: context.district } : {}),
  };
  if (Object.keys(data).length) await db.conversation.update({ where: { id: conversationId }, data });
}

export async function setConversationStatus(
  db: Db,
  conversationId: string,
  status: ConversationStatus,
): Promise<void> {
  await db.conversation.update({ where: { id: conversationId }, data: { status } });
}

/** Conversations waiting for a person, oldest first: index + 1 is each one's place in the queue. */
export async function waitingConversations(db: Db, limit = 500): Promise<string[]> {
  const rows = await db.handoffRequest.findMany({
    where: { state: 'requested' },
    orderBy: { createdAt: 'asc' },
    select: { conversationId: true },
    take: limit,
  });
  return rows.map((r) => r.conversationId);
}
