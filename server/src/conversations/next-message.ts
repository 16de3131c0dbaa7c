// Storing a message under its conversation's next sequence number: the hot path of every chat message.
import type { Db } from '../db/client.ts';
import { isPostgres } from '../db/client.ts';

export interface NewMessage {
  id: string;
  conversationId: string;
  clientMessageId: string | null;
  authorKind: string;
  participantId: string | null;
  body: string;
  content: string | null;
}

export interface StoredMessage extends NewMessage {
  seq: number;
  createdAt: Date;
}

/** The conversation to number the message in does not exist (any more). */
export class ConversationGoneError extends Error {
  override name = 'ConversationGoneError';
}

/**
 * Increments the conversation's lastSeq and inserts the message with it, atomically: the increment locks the
 * conversation row until the message is committed, so concurrent senders get distinct numbers, committed in
 * order. On PostgreSQL this is one statement (one round trip, no interactive transaction holding a pooled
 * connection between round trips, which under load left connections idle in transaction and the pool empty);
 * elsewhere (SQLite, in-process) a transaction of the same two steps.
 */
export async function insertNextMessage(db: Db, m: NewMessage): Promise<StoredMessage> {
  const now = new Date();
  if (isPostgres(db)) {
    // Timestamps are stored as UTC wall time in `timestamp(3)` columns, as Prisma stores them.
    const at = now.toISOString();
    const rows = await db.$queryRaw<{ seq: number }[]>`
      WITH next AS (
        UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "updatedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
        WHERE "id" = ${m.conversationId}
        RETURNING "lastSeq"
      )
      INSERT INTO "Message"
        ("id", "conversationId", "seq", "clientMessageId", "participantId", "authorKind", "body", "content", "createdAt")
      SELECT ${m.id}, ${m.conversationId}, next."lastSeq", ${m.clientMessageId}, ${m.participantId},
        ${m.authorKind}, ${m.body}, ${m.content}, ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM next
      RETURNING "seq"`;
    const seq = rows[0]?.seq;
    if (seq === undefined) throw new ConversationGoneError('no such conversation');
    return { ...m, seq: Number(seq), createdAt: now };
  }
  return db.$transaction(async (tx) => {
    const conversation = await tx.conversation.update({
      where: { id: m.conversationId },
      data: { lastSeq: { increment: 1 } },
      select: { lastSeq: true },
    });
    return tx.message.create({ data: { ...m, seq: conversation.lastSeq, createdAt: now } });
  });
}

/** A unique constraint refused the row (a retried client message id that raced its first attempt). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta } = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  };
  // P2002 from Prisma's own queries; P2010 wraps the driver's error for a raw statement.
  return (
    code === 'P2002' ||
    (code === 'P2010' && meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation')
  );
}
