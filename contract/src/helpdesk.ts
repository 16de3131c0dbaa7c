import { z } from 'zod';
import { channelSchema, langSchema, slugSchema } from './common.ts';
import type { ApiError } from './errors.ts';
import type { MessageDto } from './realtime.ts';

/** Help-desk socket event names (Chatwoot style: entity.verb for requests, entity.past_tense for pushes). */
export const HELPDESK_EVENTS = {
  presenceSet: 'helpdesk.presence.set',
  agentsList: 'helpdesk.agents.list',
  queueList: 'helpdesk.queue.list',
  claim: 'helpdesk.claim',
  open: 'helpdesk.open',
  noteAdd: 'helpdesk.note.add',
  transfer: 'helpdesk.transfer',
  close: 'helpdesk.close',
  guideSend: 'helpdesk.guide.send',
  walkthroughStart: 'helpdesk.walkthrough.start',
  walkthroughTick: 'walkthrough.tick',
  csatSubmit: 'csat.submit',
  citizenState: 'conversation.helpdesk_state',
  trainingStart: 'training.start',
  trainingReply: 'training.reply',
  trainingGuide: 'training.guide',
  trainingFinish: 'training.finish',
  presenceChanged: 'presence.changed',
  queueChanged: 'queue.changed',
  noteCreated: 'note.created',
  conversationTransferred: 'conversation.transferred',
  walkthroughStarted: 'walkthrough.started',
  walkthroughProgressed: 'walkthrough.progressed',
  csatRequested: 'csat.requested',
  csatSubmitted: 'csat.submitted',
  replyBlocked: 'reply.blocked',
} as const;

/** Rich content the help desk sends; stored beside the message, the message body is a text fallback. */
export const SOFIA_CONTENT = {
  guideCard: 'application/vnd.sofia.guide-card+json',
  guideStep: 'application/vnd.sofia.guide-step+json',
  videoChapter: 'application/vnd.sofia.video-chapter+json',
  walkthrough: 'application/vnd.sofia.walkthrough+json',
  csatRequest: 'application/vnd.sofia.csat-request+json',
} as const;

const id = z.string().min(1).max(64);
const text = z.string().trim().min(1).max(2000);

export const PRESENCE = ['available', 'away'] as const;
export const presenceSchema = z.enum(PRESENCE);
export type Presence = z.infer<typeof presenceSchema>;

export const QUEUE_VIEWS = ['waiting', 'active', 'unanswered', 'history'] as const;
export const queueViewSchema = z.enum(QUEUE_VIEWS);
export type QueueView = z.infer<typeof queueViewSchema>;

export const RESOLUTIONS = [
  'resolved',
  'guided_online',
  'referred_to_office',
  'no_response',
  'duplicate',
  'out_of_scope',
] as const;
export const resolutionSchema = z.enum(RESOLUTIONS);
export type Resolution = z.infer<typeof resolutionSchema>;

/** Team codes: everyone, or a district's team (district slug). */
export const teamSchema = z.union([z.literal('all'), z.string().regex(/^district:[a-z0-9-]{1,60}$/)]);

export const presenceSetSchema = z.object({ status: presenceSchema }).strict();
export const queueListSchema = z
  .object({
    view: queueViewSchema,
    mine: z.boolean().default(false),
    limit: z.number().int().min(1).max(200).default(100),
  })
  .strict();
export const claimSchema = z.object({ handoffId: id }).strict();
export const openSchema = z.object({ conversationId: id }).strict();
export const noteAddSchema = z.object({ conversationId: id, body: text }).strict();
export const transferSchema = z
  .object({
    conversationId: id,
    to: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('agent'), agentId: id }).strict(),
      z.object({ kind: z.literal('team'), team: teamSchema }).strict(),
    ]),
    note: z.string().trim().max(2000).default(''),
  })
  .strict();
export const closeSchema = z
  .object({ conversationId: id, resolution: resolutionSchema, note: z.string().trim().max(2000).optional() })
  .strict();
export const guideSendSchema = z
  .object({
    conversationId: id,
    slug: slugSchema,
    kind: z.enum(['card', 'step', 'video']),
    /** 0-based step index (step) or chapter index (video). */
    index: z.number().int().min(0).max(50).default(0),
  })
  .strict();
export const walkthroughStartSchema = z.object({ conversationId: id, slug: slugSchema }).strict();
export const walkthroughTickSchema = z
  .object({ walkthroughId: id, step: z.number().int().min(0).max(50), done: z.boolean().default(true) })
  .strict();
export const csatSubmitSchema = z
  .object({
    conversationId: id,
    rating: z.number().int().min(1).max(5),
    comment: z.string().trim().max(1000).optional(),
  })
  .strict();
/** Citizen: the help-desk state of their own conversation (after a reload: checklists and a pending rating). */
export const citizenHelpdeskStateSchema = z.object({ conversationId: id }).strict();
export const trainingStartSchema = z.object({ scenarioId: z.string().min(1).max(64) }).strict();
export const trainingReplySchema = z.object({ sessionId: id, body: text }).strict();
export const trainingGuideSchema = z.object({ sessionId: id, slug: slugSchema }).strict();
export const trainingFinishSchema = z.object({ sessionId: id }).strict();

export const cannedReplyInputSchema = z
  .object({
    lang: langSchema,
    shortcut: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{2,30}$/, 'lower-case letters, digits and hyphens'),
    title: z.string().trim().min(1).max(120),
    body: z.string().trim().min(1).max(2000),
  })
  .strict()
  .meta({ id: 'CannedReplyInput' });
export type CannedReplyInput = z.infer<typeof cannedReplyInputSchema>;
export interface CannedReplyDto extends CannedReplyInput {
  id: string;
  updatedAt: string;
}

export const statsQuerySchema = z
  .object({ days: z.coerce.number().int().min(1).max(366).default(30) })
  .strict();

// ---- content payloads ----

export const guideCardContentSchema = z.object({
  slug: slugSchema,
  title: z.string(),
  summary: z.string(),
  url: z.string(),
  onlineUrl: z.string().nullable(),
});
export const guideStepContentSchema = z.object({
  slug: slugSchema,
  guideTitle: z.string(),
  index: z.number().int(),
  total: z.number().int(),
  title: z.string(),
  text: z.string(),
});
export const videoChapterContentSchema = z.object({
  slug: slugSchema,
  guideTitle: z.string(),
  src: z.string().nullable(),
  chapter: z.number().int(),
  title: z.string(),
  /** seconds from the start */
  start: z.number(),
});
export const walkthroughContentSchema = z.object({
  walkthroughId: z.string(),
  slug: slugSchema,
  guideTitle: z.string(),
  steps: z.array(z.object({ title: z.string(), text: z.string() })),
});
export const csatRequestContentSchema = z.object({ conversationId: z.string(), scale: z.literal(5) });

export type HelpdeskContent =
  | { contentType: typeof SOFIA_CONTENT.guideCard; data: z.infer<typeof guideCardContentSchema> }
  | { contentType: typeof SOFIA_CONTENT.guideStep; data: z.infer<typeof guideStepContentSchema> }
  | { contentType: typeof SOFIA_CONTENT.videoChapter; data: z.infer<typeof videoChapterContentSchema> }
  | { contentType: typeof SOFIA_CONTENT.walkthrough; data: z.infer<typeof walkthroughContentSchema> }
  | { contentType: typeof SOFIA_CONTENT.csatRequest; data: z.infer<typeof csatRequestContentSchema> };

// ---- DTOs ----

export interface QueueItemDto {
  handoffId: string;
  conversationId: string;
  state: 'requested' | 'accepted' | 'resolved' | 'cancelled';
  channel: z.infer<typeof channelSchema> | string;
  lang: string;
  district: string | null;
  serviceSlug: string | null;
  reason: string | null;
  /** Citizen's last message, personal numbers masked. */
  preview: string | null;
  createdAt: string;
  waitSeconds: number;
  agentId: string | null;
  agentName: string | null;
  team: string | null;
  targetAgentId: string | null;
  transfers: number;
  resolution: string | null;
  closedAt: string | null;
  kioskLocation: string | null;
}

/** waiting/unanswered: everyone's; active: the caller's own. */
export interface QueueCounts {
  waiting: number;
  unanswered: number;
  active: number;
}

export interface AgentDto {
  id: string;
  displayName: string;
  role: string;
  status: Presence | 'offline';
  load: number;
  limit: number;
}

export interface NoteDto {
  id: string;
  conversationId: string;
  authorId: string;
  authorName: string;
  kind: 'note' | 'transfer';
  body: string;
  createdAt: string;
}

export interface WalkthroughDto {
  id: string;
  conversationId: string;
  messageId: string;
  slug: string;
  stepCount: number;
  done: number[];
  /** First step not yet ticked (= stepCount when all are done). */
  current: number;
  updatedAt: string;
}

export interface ContentDto {
  messageId: string;
  content: HelpdeskContent;
}

/** What the widget restores after a reload: each walkthrough with its checklist content, and an unanswered rating. */
export interface CitizenHelpdeskStateDto {
  walkthroughs: { walkthrough: WalkthroughDto; content: HelpdeskContent }[];
  /** The rating prompt still waiting for the citizen's answer (null when rated or not asked). */
  csat: { conversationId: string; messageId: string } | null;
}

export interface ConversationDetailDto {
  item: QueueItemDto;
  messages: MessageDto[];
  contents: ContentDto[];
  notes: NoteDto[];
  walkthroughs: WalkthroughDto[];
  /** Personal data kinds found in citizen messages (they are masked in `messages` once closed). */
  personalData: string[];
  csat: number | null;
}

export interface StatsDto {
  generatedAt: string;
  days: number;
  live: { waiting: number; longestWaitSeconds: number; active: number };
  agents: AgentDto[];
  handoffsToday: number;
  handoffsPeriod: number;
  medianWaitSeconds: number | null;
  csatAverage: number | null;
  csatCount: number;
  perDay: { day: string; handoffs: number }[];
  byChannel: { key: string; count: number }[];
  topServices: { slug: string; count: number }[];
  unanswered: { question: string; count: number; slug: string | null }[];
  resolutions: { key: string; count: number }[];
}

export interface TrainingScenarioDto {
  id: string;
  title: { bg: string; en: string };
  category: string;
  difficulty: 1 | 2 | 3;
  brief: { bg: string; en: string };
}

export interface TrainingMessageDto {
  author: 'citizen' | 'trainee' | 'system';
  body: string;
  at: string;
}

export interface TrainingScoreDto {
  total: number;
  firstReplySeconds: number | null;
  parts: { key: 'speed' | 'guide' | 'personal_data' | 'tone'; points: number; max: number }[];
  tone: { key: string; ok: boolean }[];
  expectedGuides: string[];
  sentGuides: string[];
}

export interface TrainingSessionDto {
  id: string;
  traineeId: string;
  traineeName: string;
  scenarioId: string;
  startedAt: string;
  finishedAt: string | null;
  score: number | null;
  detail: TrainingScoreDto | null;
}

type AckOf<T> = (res: { ok: true; data: T } | { ok: false; error: ApiError }) => void;

export interface HelpdeskClientEvents {
  'helpdesk.presence.set': (p: z.input<typeof presenceSetSchema>, ack: AckOf<{ agent: AgentDto }>) => void;
  'helpdesk.agents.list': (p: Record<string, never>, ack: AckOf<{ agents: AgentDto[] }>) => void;
  /** One view's items plus the counts of the others (one call, so a busy console stays under the flood limit). */
  'helpdesk.queue.list': (
    p: z.input<typeof queueListSchema>,
    ack: AckOf<{ items: QueueItemDto[]; counts: QueueCounts }>,
  ) => void;
  'helpdesk.claim': (p: z.input<typeof claimSchema>, ack: AckOf<{ item: QueueItemDto }>) => void;
  'helpdesk.open': (p: z.input<typeof openSchema>, ack: AckOf<ConversationDetailDto>) => void;
  'helpdesk.note.add': (p: z.input<typeof noteAddSchema>, ack: AckOf<{ note: NoteDto }>) => void;
  'helpdesk.transfer': (p: z.input<typeof transferSchema>, ack: AckOf<{ item: QueueItemDto }>) => void;
  'helpdesk.close': (p: z.input<typeof closeSchema>, ack: AckOf<{ item: QueueItemDto }>) => void;
  'helpdesk.guide.send': (
    p: z.input<typeof guideSendSchema>,
    ack: AckOf<{ message: MessageDto; content: HelpdeskContent }>,
  ) => void;
  'helpdesk.walkthrough.start': (
    p: z.input<typeof walkthroughStartSchema>,
    ack: AckOf<{ message: MessageDto; walkthrough: WalkthroughDto; content: HelpdeskContent }>,
  ) => void;
  /** Citizen: ticks (or unticks) a step of a walkthrough in their conversation. */
  'walkthrough.tick': (
    p: z.input<typeof walkthroughTickSchema>,
    ack: AckOf<{ walkthrough: WalkthroughDto }>,
  ) => void;
  /** Citizen: the walkthroughs and the pending rating of their own conversation (restored after a reload). */
  'conversation.helpdesk_state': (
    p: z.input<typeof citizenHelpdeskStateSchema>,
    ack: AckOf<CitizenHelpdeskStateDto>,
  ) => void;
  /** Citizen: rates the conversation after it was closed (1..5). */
  'csat.submit': (p: z.input<typeof csatSubmitSchema>, ack: AckOf<{ stored: true }>) => void;
  'training.start': (
    p: z.input<typeof trainingStartSchema>,
    ack: AckOf<{
      session: TrainingSessionDto;
      scenario: TrainingScenarioDto;
      messages: TrainingMessageDto[];
    }>,
  ) => void;
  'training.reply': (
    p: z.input<typeof trainingReplySchema>,
    ack: AckOf<{ messages: TrainingMessageDto[]; blocked: string | null }>,
  ) => void;
  'training.guide': (
    p: z.input<typeof trainingGuideSchema>,
    ack: AckOf<{ messages: TrainingMessageDto[] }>,
  ) => void;
  'training.finish': (
    p: z.input<typeof trainingFinishSchema>,
    ack: AckOf<{ session: TrainingSessionDto }>,
  ) => void;
}

export interface HelpdeskServerEvents {
  'presence.changed': (agent: AgentDto) => void;
  /** Something in the queue changed; consoles re-read the view they show. */
  'queue.changed': (change: {
    conversationId: string;
    reason: 'requested' | 'claimed' | 'transferred' | 'closed' | 'message' | 'erased';
  }) => void;
  'note.created': (note: NoteDto) => void;
  'conversation.transferred': (t: {
    conversationId: string;
    fromAgentId: string;
    toAgentId: string | null;
    team: string | null;
  }) => void;
  'walkthrough.started': (w: { walkthrough: WalkthroughDto; content: HelpdeskContent }) => void;
  'walkthrough.progressed': (w: WalkthroughDto) => void;
  'csat.requested': (r: { conversationId: string; messageId: string }) => void;
  'csat.submitted': (r: { conversationId: string; rating: number }) => void;
  /** Sent to the agent whose message.send was refused (it asked for a PIN, password or card data). */
  'reply.blocked': (r: { conversationId: string; rule: string }) => void;
}
