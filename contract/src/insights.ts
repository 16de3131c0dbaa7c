import { z } from 'zod';
import { campaignSchema, channelSchema, langSchema, slugSchema } from './common.ts';

/**
 * The service funnel, stage by stage. Counts are events, not people: the hub links no one's events together.
 * asked = searches and questions to the assistant (per service: those whose best answer was that guide);
 * viewed = guide views; watched = how-to videos played past half-way; clickedOut = went to the e-service;
 * cameBack = came back for help (a hand-off to the help desk, or a rating of 1–2) about the service.
 */
export const FUNNEL_STAGES = ['asked', 'viewed', 'watched', 'clickedOut', 'cameBack'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const count = z.number().int().min(0);
export const funnelCountsSchema = z.object({
  asked: count,
  viewed: count,
  watched: count,
  clickedOut: count,
  cameBack: count,
});
export type FunnelCounts = z.infer<typeof funnelCountsSchema>;

const isoDate = z.iso.date();
/** The longest period the dashboard computes at once. */
export const MAX_INSIGHTS_DAYS = 366;

export const insightsQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    channel: channelSchema.optional(),
    lang: langSchema.optional(),
    district: slugSchema.optional(),
    campaign: campaignSchema.optional(),
    service: slugSchema.optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) < MAX_INSIGHTS_DAYS * 86_400_000, {
    message: `the period may be at most ${MAX_INSIGHTS_DAYS} days`,
    path: ['to'],
  });
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;

const keyed = z.object({ key: z.string(), counts: funnelCountsSchema });

export const insightsSchema = z
  .object({
    generatedAt: z.string(),
    from: isoDate,
    to: isoDate,
    previousFrom: isoDate,
    previousTo: isoDate,
    totals: funnelCountsSchema,
    previous: funnelCountsSchema,
    /** Searches and questions nothing answered (no result, or no relevant one). */
    unanswered: count,
    trend: z.object({
      bucket: z.enum(['day', 'week']),
      points: z.array(z.object({ start: isoDate, counts: funnelCountsSchema })),
    }),
    /** Every service with any activity, most viewed first, with the previous period's views. */
    services: z.array(
      z.object({ slug: z.string(), title: z.string(), counts: funnelCountsSchema, previousViewed: count }),
    ),
    /** Services with the fewest guide views (none first): what citizens do not find. */
    unfound: z.array(z.object({ slug: z.string(), title: z.string(), viewed: count, asked: count })),
    breakdowns: z.object({ channel: z.array(keyed), lang: z.array(keyed), district: z.array(keyed) }),
    /** Reach and follow-through of campaign links and posters. */
    campaigns: z.array(
      z.object({
        campaign: z.string(),
        visits: count,
        viewed: count,
        clickedOut: count,
        placements: z.array(z.object({ key: z.string(), visits: count })),
      }),
    ),
  })
  .meta({ id: 'Insights' });
export type InsightsDto = z.infer<typeof insightsSchema>;

/** Guides whose last review is older than the review interval. */
export const reviewDueSchema = z
  .object({
    intervalMonths: z.number().int(),
    guides: z.array(
      z.object({
        slug: z.string(),
        title: z.string(),
        lastReviewed: isoDate,
        dueOn: isoDate,
        daysOverdue: count,
      }),
    ),
  })
  .meta({ id: 'ReviewDue' });
export type ReviewDueDto = z.infer<typeof reviewDueSchema>;

// ---- Knowledge gaps ---------------------------------------------------------------------------------

export const GAP_TASK_TYPES = ['alias', 'section', 'new_guide'] as const;
export const GAP_TASK_STATUSES = ['open', 'changed', 'closed'] as const;

const rate = z.object({ answered: count, total: count }).nullable();

export const gapTaskSchema = z
  .object({
    id: z.string(),
    groupKey: z.string(),
    type: z.enum(GAP_TASK_TYPES),
    slug: z.string().nullable(),
    status: z.enum(GAP_TASK_STATUSES),
    example: z.string(),
    volume: count,
    createdAt: z.string(),
    guideChangedAt: z.string().nullable(),
    /** Share of the group's questions that were answered, in the 28 days before and since the change. */
    answerRate: z.object({ before: rate, after: rate }).nullable(),
  })
  .meta({ id: 'GapTask' });
export type GapTaskDto = z.infer<typeof gapTaskSchema>;

export const gapGroupSchema = z.object({
  key: z.string(),
  keys: z.array(z.string()),
  volume: count,
  /** How many of the questions were poorly rated answers (the rest found nothing). */
  poorlyRated: count,
  examples: z.array(z.string()),
  likelyGuide: z
    .object({
      slug: z.string(),
      title: z.string(),
      match: z.enum(['confident', 'ambiguous', 'weak', 'none']),
    })
    .nullable(),
  task: gapTaskSchema.nullable(),
});
export type GapGroupDto = z.infer<typeof gapGroupSchema>;

export const gapsResponseSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    groups: z.array(gapGroupSchema),
    tasks: z.array(gapTaskSchema),
  })
  .meta({ id: 'Gaps' });
export type GapsResponse = z.infer<typeof gapsResponseSchema>;

export const gapsQuerySchema = z
  .object({ days: z.coerce.number().int().min(1).max(MAX_INSIGHTS_DAYS).default(28) })
  .strict();

export const gapTaskInputSchema = z
  .object({
    groupKey: z.string().trim().min(1).max(200),
    type: z.enum(GAP_TASK_TYPES),
    slug: slugSchema.nullable().optional(),
    example: z.string().trim().min(1).max(300),
    volume: count.max(1_000_000).default(0),
  })
  .strict()
  .refine((t) => t.type === 'new_guide' || !!t.slug, {
    message: 'an alias or a section needs the guide it belongs to',
    path: ['slug'],
  });
export type GapTaskInput = z.infer<typeof gapTaskInputSchema>;

export const gapTaskUpdateSchema = z.object({ status: z.enum(GAP_TASK_STATUSES) }).strict();

// ---- Open data --------------------------------------------------------------------------------------

/** Counts below this are published as null ("fewer than 5"), so no small group can be singled out. */
export const OPEN_DATA_MIN_COUNT = 5;

export const openDataQuerySchema = z
  .object({ months: z.coerce.number().int().min(1).max(24).default(12) })
  .strict();

export const openDataSchema = z
  .object({
    title: z.string(),
    generatedAt: z.string(),
    licence: z.string(),
    suppression: z.string(),
    fields: z.record(z.string(), z.string()),
    rows: z.array(
      z.object({
        month: z.string(),
        service: z.string(),
        asked: count.nullable(),
        viewed: count.nullable(),
        watched: count.nullable(),
        clickedOut: count.nullable(),
        cameBack: count.nullable(),
      }),
    ),
  })
  .meta({ id: 'OpenDataServiceUsage' });
export type OpenDataDto = z.infer<typeof openDataSchema>;
