import type { MyDataConversation, MyDataExport } from '@hub/contract';
import type { Db } from '../../db/client.ts';
import { identifiedConversationIds } from '../identity-links.ts';
import type { RetentionPolicy } from '../retention-policy.ts';

const DAY_MS = 86_400_000;
const AUTHORS = new Set(['citizen', 'bot', 'agent', 'system']);

/** The conversations of one citizen id (oldest first). */
export async function conversationsOf(db: Db, citizenId: string) {
  return db.conversation.findMany({ where: { citizenId }, orderBy: { createdAt: 'asc' } });
}

/** Everything kept about a citizen id: each conversation with its messages and feedback. */
export async function collectMyData(
  db: Db,
  citizenId: string,
  policy: RetentionPolicy,
  now: Date,
): Promise<MyDataExport> {
  const conversations = await conversationsOf(db, citizenId);
  const ids = conversations.map((c) => c.id);
  const [messages, feedback, identified] = await Promise.all([
    db.message.findMany({ where: { conversationId: { in: ids } }, orderBy: { seq: 'asc' } }),
    db.feedback.findMany({ where: { conversationId: { in: ids } }, orderBy: { createdAt: 'asc' } }),
    identifiedConversationIds(db, ids),
  ]);
  return {
    generatedAt: now.toISOString(),
    conversations: conversations.map((c): MyDataConversation => ({
      id: c.id,
      channel: c.channel,
      lang: c.lang,
      status: c.status,
      startedAt: c.createdAt.toISOString(),
      lastActivityAt: c.updatedAt.toISOString(),
      deleteAfter: new Date(c.updatedAt.getTime() + policy.conversationDays * DAY_MS).toISOString(),
      identified: identified.has(c.id),
      messages: messages
        .filter((m) => m.conversationId === c.id)
        .map((m) => ({
          seq: m.seq,
          author: (AUTHORS.has(m.authorKind)
            ? m.authorKind
            : 'system') as MyDataConversation['messages'][number]['author'],
          text: m.body,
          at: m.createdAt.toISOString(),
        })),
      feedback: feedback
        .filter((f) => f.conversationId === c.id)
        .map((f) => ({ rating: f.rating, comment: f.comment, at: f.createdAt.toISOString() })),
    })),
  };
}
