import { z } from 'zod';
import { campaignSchema, channelSchema, langSchema, slugSchema } from './common.ts';

export const ANALYTICS_EVENT_TYPES = [
  'search',
  'guide_view',
  'click_out',
  'video_progress',
  'handoff',
  'feedback',
  'kiosk_session',
  'campaign_visit',
] as const;
export const analyticsEventTypeSchema = z.enum(ANALYTICS_EVENT_TYPES);
export type AnalyticsEventType = z.infer<typeof analyticsEventTypeSchema>;

/** Context every event may carry. No identifiers: no user, device, session or IP. */
const context = {
  channel: channelSchema,
  lang: langSchema,
  district: slugSchema.optional(),
  campaign: campaignSchema.optional(),
};

export const analyticsEventSchema = z
  .discriminatedUnion('type', [
    z
      .object({
        type: z.literal('search'),
        ...context,
        query: z.string().trim().min(1).max(200),
        resultCount: z.number().int().min(0).max(1000).optional(),
        match: z.enum(['confident', 'ambiguous', 'weak', 'none']).optional(),
      })
      .strict(),
    z.object({ type: z.literal('guide_view'), ...context, slug: slugSchema }).strict(),
    z.object({ type: z.literal('click_out'), ...context, slug: slugSchema }).strict(),
    z
      .object({
        type: z.literal('video_progress'),
        ...context,
        slug: slugSchema,
        percent: z.union([z.literal(0), z.literal(25), z.literal(50), z.literal(75), z.literal(100)]),
      })
      .strict(),
    z
      .object({
        type: z.literal('handoff'),
        ...context,
        slug: slugSchema.optional(),
        outcome: z.enum(['requested', 'accepted', 'resolved', 'abandoned']),
      })
      .strict(),
    z
      .object({
        type: z.literal('feedback'),
        ...context,
        slug: slugSchema.optional(),
        rating: z.number().int().min(1).max(5),
        comment: z.string().trim().max(1000).optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal('kiosk_session'),
        ...context,
        seconds: z.number().int().min(0).max(86_400),
        outcome: z.enum(['completed', 'abandoned', 'handoff']).optional(),
      })
      .strict(),
    // A visit through a campaign short link (/s/<code>): the campaign and where the poster hangs.
    z
      .object({
        type: z.literal('campaign_visit'),
        ...context,
        campaign: campaignSchema,
        placement: z.string().trim().min(1).max(80),
        /** The service the link leads to (absent for a life-event page). */
        slug: slugSchema.optional(),
      })
      .strict(),
  ])
  .meta({ id: 'AnalyticsEvent' });
export type AnalyticsEventInput = z.infer<typeof analyticsEventSchema>;

export const eventAcceptedSchema = z.object({ accepted: z.literal(true) }).meta({ id: 'EventAccepted' });

const isoDate = z.iso.date();

export const POPULARITY_DIMENSIONS = ['service', 'channel', 'district', 'day', 'month'] as const;

export const popularityQuerySchema = z
  .object({
    by: z.enum(POPULARITY_DIMENSIONS).default('service'),
    type: analyticsEventTypeSchema.default('guide_view'),
    from: isoDate.optional(),
    to: isoDate.optional(),
    channel: channelSchema.optional(),
    district: slugSchema.optional(),
    service: slugSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(20),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
  });
export type PopularityQuery = z.infer<typeof popularityQuerySchema>;

export const popularityResponseSchema = z
  .object({
    by: z.enum(POPULARITY_DIMENSIONS),
    type: analyticsEventTypeSchema,
    from: z.string().nullable(),
    to: z.string().nullable(),
    rows: z.array(z.object({ key: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'Popularity' });
export type PopularityResponse = z.infer<typeof popularityResponseSchema>;
