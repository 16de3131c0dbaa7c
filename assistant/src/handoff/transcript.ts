import { ActivityTypes, type Activity, type Transcript } from 'botbuilder';
import type { TranscriptEntry } from '../bot/deps.ts';

/** The masked transcript in the shape `handoff.initiate` carries (Bot Framework `Transcript`). */
export function toHandoffTranscript(entries: readonly TranscriptEntry[], conversationId: string): Transcript {
  const activities = entries.map(
    (entry) =>
      ({
        type: ActivityTypes.Message,
        text: entry.text,
        timestamp: new Date(entry.at),
        from: { id: entry.from, name: entry.from, role: entry.from === 'citizen' ? 'user' : 'bot' },
        conversation: { id: conversationId },
      }) as Activity,
  );
  return { activities };
}
