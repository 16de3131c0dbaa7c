import type { Channel, Lang } from '@hub/contract';
import { startConversation, type ConversationRecord } from '../conversations/store.ts';
import type { Db } from '../db/client.ts';

/**
 * The hub conversation of a messenger user: their latest one that is not closed, or a new one. The channel's own
 * user id (opaque, per bot) is kept as the conversation's citizen id, prefixed with the channel, so replies and
 * an agent's messages can reach them.
 */
export async function externalConversation(
  db: Db,
  input: { channel: Channel; userId: string; lang: Lang },
): Promise<{ conversation: ConversationRecord; created: boolean }> {
  const citizenId = `${input.channel}:${input.userId}`;
  const existing = await db.conversation.findFirst({
    where: { citizenId, channel: input.channel, status: { not: 'closed' } },
    orderBy: { createdAt: 'desc' },
  });
  if (existing) return { conversation: existing, created: false };
  return {
    conversation: await startConversation(db, { citizenId, channel: input.channel, lang: input.lang }),
    created: true,
  };
}

/** The channel's user id back from a conversation made by externalConversation. */
export function externalUserId(conversation: ConversationRecord, channel: Channel): string | undefined {
  const prefix = `${channel}:`;
  return conversation.citizenId.startsWith(prefix) ? conversation.citizenId.slice(prefix.length) : undefined;
}
