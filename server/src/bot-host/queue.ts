import { waitingConversations } from '../conversations/store.ts';
import type { Db } from '../db/client.ts';
import type { Emit } from './web-turns.ts';

export interface QueueParts {
  db: Db;
  emit: Emit;
  agentsOnline(): Promise<number>;
  minutesPerConversation: number;
}

/** Rough wait: the conversations ahead shared among the agents online, each taking the average time. */
export function estimateWaitSeconds(
  position: number,
  agents: number,
  minutesPerConversation: number,
): number {
  return Math.ceil(position / Math.max(1, agents)) * minutesPerConversation * 60;
}

/** Tells every citizen waiting for a person where they are in the queue. */
export async function publishQueue(parts: QueueParts): Promise<void> {
  const [waiting, agents] = await Promise.all([waitingConversations(parts.db), parts.agentsOnline()]);
  waiting.forEach((conversationId, index) => {
    const position = index + 1;
    parts.emit(conversationId, 'queue.updated', {
      conversationId,
      position,
      estimatedWaitSeconds: estimateWaitSeconds(position, agents, parts.minutesPerConversation),
    });
  });
}
