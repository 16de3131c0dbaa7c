import type { Db } from '../db/client.ts';
import { detachIdentityLinks } from './identity-links.ts';

/** botbuilder's ConversationState key for a conversation: `<channel>/conversations/<id>/`. */
function botStateKeys(ids: readonly string[]) {
  return ids.map((id) => ({ id: { endsWith: `/conversations/${id}/` } }));
}

/**
 * Deletes conversations with everything attached to them: messages, participants, handoffs and their
 * transitions (cascades), the bot's state, the help desk's case, notes, contents and walkthroughs, feedback
 * given in them, kiosk "continue on your phone" codes and the verified-identity link. Audit entries keep the bare id (no content). One transaction.
 * Returns how many conversations were deleted.
 */
export async function eraseConversations(db: Db, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const conversationId = { in: [...ids] };
  await detachIdentityLinks(db, ids);
  const [, , , , , , , , deleted] = await db.$transaction([
    db.botState.deleteMany({ where: { OR: botStateKeys(ids) } }),
    db.helpdeskCase.deleteMany({ where: { conversationId } }),
    db.helpdeskNote.deleteMany({ where: { conversationId } }),
    db.helpdeskContent.deleteMany({ where: { conversationId } }),
    db.helpdeskWalkthrough.deleteMany({ where: { conversationId } }),
    db.feedback.deleteMany({ where: { conversationId } }),
    db.kioskHandover.deleteMany({ where: { conversationId } }),
    db.message.deleteMany({ where: { conversationId } }),
    db.conversation.deleteMany({ where: { id: conversationId } }),
  ]);
  return deleted.count;
}
