import type { Lang } from '@hub/knowledge';
import type { HandoffReason, TranscriptEntry } from '../bot/deps.ts';

/** Everything the bot remembers about one conversation. Only masked text is ever stored here. */
export interface ConversationData {
  lang: Lang;
  /** Set when the citizen asked for a language; Latin-script messages then keep it. */
  chosenLang?: Lang;
  currentSlug?: string;
  district?: string;
  districtAsked?: boolean;
  /** Slugs offered as a choice after an ambiguous search. */
  candidates?: string[];
  /** Consecutive questions the bot could not answer. */
  failures: number;
  handoff?: { since: string; reason: HandoffReason };
  /** The citizen agreed to a call-back and is about to type a phone or e-mail (no personal-data warning then). */
  awaitingContact?: boolean;
  transcript: TranscriptEntry[];
}

export const TRANSCRIPT_LIMIT = 40;

export function newConversationData(lang: Lang = 'bg'): ConversationData {
  return { lang, failures: 0, transcript: [] };
}

/** Forget the topic of the conversation but keep its language and transcript. */
export function resetTopic(data: ConversationData): void {
  delete data.currentSlug;
  delete data.district;
  delete data.districtAsked;
  delete data.candidates;
  data.failures = 0;
}

export function appendTranscript(data: ConversationData, entry: TranscriptEntry): void {
  data.transcript.push(entry);
  if (data.transcript.length > TRANSCRIPT_LIMIT)
    data.transcript.splice(0, data.transcript.length - TRANSCRIPT_LIMIT);
}
