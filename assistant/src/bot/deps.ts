import type { Storage } from 'botbuilder';
import type { KnowledgeBase, Lang, MatchQuality } from '@hub/knowledge';
import type { WorkingHours } from '../hours/working-hours.ts';
import type { Recognizer } from '../recognizers/recognizer.ts';

/** The parts of the knowledge base the bot reads. */
export type AssistantKnowledge = Pick<
  KnowledgeBase,
  'search' | 'getService' | 'districts' | 'categories' | 'services'
>;

export interface Clock {
  now(): Date;
}

/** Structured logs: ids, intents and timings only — never message bodies or personal data. */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface ConversationRef {
  conversationId: string;
  channelId: string;
  lang: Lang;
}

export interface TranscriptEntry {
  from: 'citizen' | 'bot';
  /** Always masked (see contract/src/masking). */
  text: string;
  at: string;
}

export type HandoffReason = 'requested' | 'failures';

/** What the agent hub receives with `handoff.initiate` (as the event's value) and via events.handoffRequested. */
export interface HandoffContext extends ConversationRef {
  reason: HandoffReason;
  slug?: string;
  district?: string;
}

/** Analytics and help-desk sink. Every text in these payloads is masked, except the call-back contact the citizen consented to give. */
export interface AssistantEvents {
  answered(
    event: ConversationRef & { slug: string; query: string; match: MatchQuality | 'follow-up' },
  ): void | Promise<void>;
  unanswered(event: ConversationRef & { query: string; match: MatchQuality }): void | Promise<void>;
  feedback(event: ConversationRef & { slug: string; vote: 'up' | 'down' }): void | Promise<void>;
  handoffRequested(event: HandoffContext & { transcript: TranscriptEntry[] }): void | Promise<void>;
  callbackRequested(
    event: ConversationRef & {
      contact: { kind: 'phone' | 'email'; value: string };
      slug?: string;
      transcript: TranscriptEntry[];
    },
  ): void | Promise<void>;
}

export interface Availability {
  agentsOnline: number;
  queueLength: number;
}

export interface AssistantDeps {
  kb: AssistantKnowledge;
  storage: Storage;
  clock: Clock;
  hours: WorkingHours;
  events: AssistantEvents;
  availability?: () => Promise<Availability>;
  logger?: Logger;
  /** Origin of the public directory, e.g. https://uslugi.sofia.bg (no trailing slash). */
  publicBaseUrl?: string;
  /** Replaces the default recognizer (tests, or a future NLU service). */
  recognizer?: Recognizer;
  /** Average minutes an agent spends on one conversation; used for the wait estimate. */
  minutesPerConversation?: number;
  /** Guide whose e-service link answers account questions that name no service. */
  accountFallbackSlug?: string;
}
