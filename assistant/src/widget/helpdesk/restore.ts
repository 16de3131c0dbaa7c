import type { ClientToServerEvents, ServerToClientEvents } from '@hub/contract';
import type { Socket } from 'socket.io-client';
import type { HelpdeskEvents } from './events.ts';

/**
 * After a (re)join: reads the conversation's walkthroughs and an unanswered rating prompt back from the hub, so a
 * reloaded page shows the checklist with its ticks and the rating form again (quietly: nothing is re-announced).
 * Best effort: if the hub cannot answer, the messages are still shown as their text cards.
 */
export async function restoreHelpdesk(
  socket: Socket<ServerToClientEvents, ClientToServerEvents>,
  conversationId: string,
  on: HelpdeskEvents,
): Promise<void> {
  const res = await socket
    .timeout(10_000)
    .emitWithAck('conversation.helpdesk_state', { conversationId })
    .catch(() => undefined);
  if (!res?.ok) return;
  for (const w of res.data.walkthroughs) on.walkthroughStarted(w, { restored: true });
  if (res.data.csat) on.csatRequested(res.data.csat);
}
