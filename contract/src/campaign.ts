import { z } from 'zod';
import { campaignSchema } from './common.ts';

/** A short-link code: Crockford base32 (no i, l, o, u), as printed under a poster's QR code. */
export const shortCodeSchema = z
  .string()
  .regex(/^[0-9a-hjkmnp-tv-z]{6,16}$/, 'must be 6–16 letters and digits of the short-link alphabet');

/** Where a short link may lead: a guide or a life-event page of the directory, never another site. */
export const shortLinkTargetSchema = z
  .string()
  .max(200)
  .regex(
    /^(\/en)?\/(services|life-events)\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a directory path: /services/<slug> or /life-events/<slug> (optionally under /en)',
  );

/** Where a poster or banner hangs, e.g. "tram 5" or "Triaditsa lobby": plain text written by staff. */
export const placementSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^\p{Cc}<>]+$/u, 'no control characters or angle brackets');

export const shortLinkSchema = z
  .object({
    code: shortCodeSchema,
    target: shortLinkTargetSchema,
    campaign: campaignSchema,
    placement: placementSchema,
  })
  .meta({ id: 'ShortLink' });
export type ShortLinkDto = z.infer<typeof shortLinkSchema>;

/** POST /api/campaign/links: the code is derived from campaign + placement + target when not given. */
export const createShortLinkSchema = z
  .object({
    target: shortLinkTargetSchema,
    campaign: campaignSchema,
    placement: placementSchema,
  })
  .strict()
  .meta({ id: 'CreateShortLink' });
export type CreateShortLink = z.infer<typeof createShortLinkSchema>;

/** The answer to creating a link: the record plus the full URL to print. */
export const shortLinkCreatedSchema = shortLinkSchema
  .extend({ url: z.string(), created: z.boolean() })
  .meta({ id: 'ShortLinkCreated' });
export type ShortLinkCreated = z.infer<typeof shortLinkCreatedSchema>;

export const POSTER_FORMATS = ['a4', 'a3', 'banner'] as const;

/** GET /api/campaign/poster: one service's poster or banner as a PDF ("Print materials" in the editor). */
export const posterQuerySchema = z
  .object({
    slug: z
      .string()
      .max(100)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    format: z.enum(POSTER_FORMATS).default('a4'),
    /** bg = Bulgarian only; bg-en = Bulgarian with English underneath. */
    lang: z.enum(['bg', 'bg-en']).default('bg'),
    campaign: campaignSchema.default('general'),
    placement: placementSchema.optional(),
  })
  .strict();
export type PosterQuery = z.infer<typeof posterQuerySchema>;
