import type { Lang, SearchResponse } from '@hub/knowledge';
import type { ConversationData } from '../state/conversation-data.ts';
import type { Topic } from './topics.ts';

export type SimpleIntentName =
  | 'greeting'
  | 'help'
  | 'thanks'
  | 'goodbye'
  | 'restart'
  | 'categories'
  | 'handoff'
  | 'callback'
  | 'yes'
  | 'no'
  /** "More" on a paged list of quick replies. */
  | 'more'
  | 'empty'
  /** The message was only a personal number (already masked and warned about). */
  | 'personalDataOnly';

export type Intent =
  | { name: SimpleIntentName }
  | { name: 'feedback'; slug: string; vote: 'up' | 'down' }
  | { name: 'switchLanguage'; to: Lang }
  | { name: 'account'; search: SearchResponse }
  | { name: 'category'; category: string }
  | { name: 'pick'; slug: string }
  | { name: 'district'; district: string }
  | { name: 'followUp'; topic: Topic }
  | { name: 'service'; search: SearchResponse };

export interface Recognition {
  intent: Intent;
  /** The language to answer this message in. */
  lang: Lang;
}

export interface RecognizerInput {
  /** The citizen's message, already masked. */
  text: string;
  /** The activity's value (card button payloads). */
  value: unknown;
  data: Readonly<ConversationData>;
}

/** Classifies one citizen message. Injected into the bot so tests (or a future NLU service) can replace it. */
export interface Recognizer {
  recognize(input: RecognizerInput): Recognition;
}
