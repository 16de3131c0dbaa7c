import { randomUUID } from 'node:crypto';
import type { MessageDto } from '@hub/contract';
import { appendMessage } from '../conversations/store.ts';
import type { Db } from '../db/client.ts';

const LEFT_TEXT = {
  bg: 'Посетителят напусна киоска (екранът беше изчистен).',
  en: 'The visitor left the kiosk (the screen was cleared).',
} as const;

export const VISITOR_LEFT_TOPIC = 'kiosk.visitor_left';

/** What every node tells the sockets in the conversation and the help desk (see realtime.ts). */
export interface VisitorLeft {
  conversationId: string;
  closed: boolean;
  message: MessageDto;
}

/**
 * The kiosk wiped its visitor's session (idle or "finished"). A chat still waiting in the queue is cancelled and
 * closed (nobody is there to answer); one an agent is in gets a system message so the agent can close it. A chat
 * continued on a phone (a redeemed handover) is left alone: the visitor is still there. Null = nothing to do.
 */
export async function visitorLeft(
  db: Db,
  citizenId: string,
  conversationId: string,
): Promise<VisitorLeft | null | 'not_found'> {
  const conversation = await db.conversation.findUnique({ where: { id: conversationId } });
  if (!conversation || conversation.citizenId !== citizenId || conversation.channel !== 'kiosk')
    return 'not_found';
  const continued = await db.kioskHandover.count({ where: { conversationId, usedAt: { not: null } } });
  if (continued || conversation.status === 'closed') return null;

  const { message } = await appendMessage(db, {
    conversationId,
    clientMessageId: null,
    authorKind: 'system',
    body: LEFT_TEXT[conversation.lang === 'en' ? 'en' : 'bg'],
  });
  const waiting = await db.handoffRequest.findMany({ where: { conversationId, state: 'requested' } });
  let closed = false;
  for (const handoff of waiting) {
    const { count } = await db.handoffRequest.updateMany({
      where: { id: handoff.id, state: 'requested' },
      data: { state: 'cancelled' },
    });
    if (!count) continue;
    closed = true;
    await db.handoffTransition.create({
      data: { id: randomUUID(), handoffId: handoff.id, fromState: 'requested', toState: 'cancelled' },
    });
  }
  if (closed) await db.conversation.update({ where: { id: conversationId }, data: { status: 'closed' } });
  return { conversationId, closed, message };
}
