import { z } from 'zod';

/** Fixed conversion rate of the euro changeover (1 January 2026). */
export const BGN_PER_EUR = 1.95583;

export const LANGS = ['bg', 'en'] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const LIFE_EVENTS = [
  'baby-born',
  'moving-house',
  'relative-died',
  'getting-married',
  'buying-home',
  'my-car',
  'renovating-building',
  'my-business',
  'kindergarten-school',
  'older-disability',
] as const;
export const lifeEventSlugSchema = z.enum(LIFE_EVENTS);

export const EAUTH_LEVELS = ['none', 'low', 'substantial', 'high'] as const;
export const eauthLevelSchema = z.enum(EAUTH_LEVELS);

const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const url = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

export const feeSchema = z
  .object({
    label: text,
    tier: z.enum(['regular', 'fast', 'express', 'fixed', 'free']),
    eur: z.number().nonnegative(),
    /** The amount in the published (BGN) fee table, kept so a reviewer can check the conversion. */
    bgn: z.number().nonnegative().optional(),
    source: url,
  })
  .strict()
  .superRefine((fee, ctx) => {
    if (fee.bgn === undefined) return;
    const expected = Math.round((fee.bgn / BGN_PER_EUR) * 100) / 100;
    if (Math.abs(expected - fee.eur) > 0.005) {
      ctx.addIssue({
        code: 'custom',
        path: ['eur'],
        message: `${fee.eur} EUR does not match ${fee.bgn} BGN / ${BGN_PER_EUR} = ${expected.toFixed(2)} EUR`,
      });
    }
  });

export const stepSchema = z.object({ title: text, text }).strict();

export const districtDetailSchema = z
  .object({
    district: slugSchema,
    where: text.optional(),
    hours: text.optional(),
    phone: text.optional(),
    note: text.optional(),
  })
  .strict();

export const videoSchema = z
  .object({
    /** Media file name inside the service folder or served by the campaign kit; absent until produced. */
    src: z.string().optional(),
    /** WebVTT caption file inside the service folder, one per language. */
    captions: z.string().regex(/\.vtt$/, 'must be a .vtt file'),
    chapters: z
      .array(
        z
          .object({ step: z.number().int().positive(), start: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/) })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const sourceSchema = z.object({ title: text, url }).strict();

export const guideFrontMatterSchema = z
  .object({
    slug: slugSchema,
    lang: langSchema,
    title: text,
    summary: text.max(400, 'keep the summary under 400 characters'),
    category: slugSchema,
    lifeEvents: z.array(lifeEventSlugSchema).default([]),
    provider: z
      .object({ type: z.enum(['district', 'municipality', 'municipal-company']), name: text })
      .strict(),
    iisda: z.string().regex(/^\d+$/).nullable().default(null),
    online: z
      .object({ url, label: text, eauth: eauthLevelSchema, note: text.optional() })
      .strict()
      .nullable(),
    inPerson: z
      .object({ where: text, districtOffice: z.boolean(), hours: text.optional() })
      .strict()
      .nullable(),
    fees: z.array(feeSchema).default([]),
    feeNote: text.optional(),
    deadlines: z
      .object({
        regular: text.optional(),
        fast: text.optional(),
        express: text.optional(),
        note: text.optional(),
      })
      .strict()
      .default({}),
    documents: z.array(text).default([]),
    steps: z.array(stepSchema).default([]),
    afterwards: text.optional(),
    districts: z.array(districtDetailSchema).default([]),
    aliases: z.array(text).default([]),
    latinAliases: z.array(z.string().regex(/^[\x20-\x7e]+$/, 'must be written in Latin letters')).default([]),
    related: z.array(slugSchema).default([]),
    video: videoSchema.optional(),
    sources: z.array(sourceSchema).min(1, 'cite at least one source'),
    lastReviewed: isoDate,
  })
  .strict();

export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;

/** A guide in one language: validated front-matter plus the Markdown body. */
export interface Guide extends GuideFrontMatter {
  body: string;
}
