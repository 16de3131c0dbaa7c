import type { Availability } from '../bot/deps.ts';

/** Position in the queue once this conversation joins it, and a rough wait in whole minutes. */
export function estimateWait(
  availability: Availability,
  minutesPerConversation: number,
): { position: number; minutes: number } {
  const position = availability.queueLength + 1;
  const agents = Math.max(1, availability.agentsOnline);
  return { position, minutes: Math.max(1, Math.ceil(position / agents) * minutesPerConversation) };
}
