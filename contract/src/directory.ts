import { z } from 'zod';
import { bilingualSchema, langSchema, slugSchema } from './common.ts';

// ---- requests ----

export const servicesQuerySchema = z
  .object({
    category: slugSchema.optional(),
    lifeEvent: slugSchema.optional(),
    district: slugSchema.optional(),
    lang: langSchema.default('bg'),
  })
  .strict();
export type ServicesQuery = z.infer<typeof servicesQuerySchema>;

export const langQuerySchema = z.object({ lang: langSchema.default('bg') }).strict();

export const serviceParamsSchema = z.object({ slug: slugSchema });

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters'),
    lang: langSchema.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuerySchema>;

// ---- responses ----

export const onlineChannelSchema = z.object({
  url: z.string(),
  label: z.string(),
  eauth: z.enum(['none', 'low', 'substantial', 'high']),
  note: z.string().optional(),
});

export const serviceSummarySchema = z
  .object({
    slug: z.string(),
    lang: langSchema,
    title: z.string(),
    summary: z.string(),
    category: z.string(),
    depth: z.enum(['guide', 'directory']),
    lifeEvents: z.array(z.string()),
    provider: z.object({ type: z.enum(['district', 'municipality', 'municipal-company']), name: z.string() }),
    online: onlineChannelSchema.nullable(),
    /** Districts where the guide has district-specific details. */
    districts: z.array(z.string()),
  })
  .meta({ id: 'ServiceSummary' });
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

export const serviceListSchema = z
  .object({ total: z.number().int(), services: z.array(serviceSummarySchema) })
  .meta({ id: 'ServiceList' });
export type ServiceList = z.infer<typeof serviceListSchema>;

export const feeDtoSchema = z.object({
  label: z.string(),
  tier: z.enum(['regular', 'fast', 'express', 'fixed', 'free']),
  eur: z.number(),
  bgn: z.number().optional(),
  source: z.string(),
});

export const serviceDetailSchema = serviceSummarySchema
  .extend({
    iisda: z.string().nullable(),
    inPerson: z
      .object({ where: z.string(), districtOffice: z.boolean(), hours: z.string().optional() })
      .nullable(),
    fees: z.array(feeDtoSchema),
    feeNote: z.string().optional(),
    deadlines: z.object({
      regular: z.string().optional(),
      fast: z.string().optional(),
      express: z.string().optional(),
      note: z.string().optional(),
    }),
    documents: z.array(z.string()),
    steps: z.array(z.object({ title: z.string(), text: z.string() })),
    afterwards: z.string().optional(),
    districtDetails: z.array(
      z.object({
        district: z.string(),
        where: z.string().optional(),
        hours: z.string().optional(),
        phone: z.string().optional(),
        note: z.string().optional(),
      }),
    ),
    related: z.array(z.string()),
    video: z
      .object({
        src: z.string().optional(),
        captions: z.string(),
        chapters: z.array(z.object({ step: z.number().int(), start: z.string() })),
      })
      .optional(),
    sources: z.array(z.object({ title: z.string(), url: z.string() })),
    lastReviewed: z.string(),
    /** The guide's Markdown body. */
    body: z.string(),
  })
  .meta({ id: 'ServiceDetail' });
export type ServiceDetail = z.infer<typeof serviceDetailSchema>;

export const searchResultSchema = z.object({
  slug: z.string(),
  title: z.string(),
  snippet: z.string(),
  score: z.number(),
  confident: z.boolean(),
});

export const searchResponseSchema = z
  .object({
    query: z.string(),
    lang: langSchema,
    match: z.enum(['confident', 'ambiguous', 'weak', 'none']),
    results: z.array(searchResultSchema),
  })
  .meta({ id: 'SearchResponse' });
export type SearchResponseDto = z.infer<typeof searchResponseSchema>;

export const districtDtoSchema = z
  .object({
    slug: z.string(),
    name: bilingualSchema,
    address: bilingualSchema,
    hours: bilingualSchema.nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    source: z.string(),
  })
  .meta({ id: 'District' });

export const categoryDtoSchema = z
  .object({
    slug: z.string(),
    title: bilingualSchema,
    description: bilingualSchema,
    icon: z.string(),
    serviceCount: z.number().int(),
  })
  .meta({ id: 'Category' });

export const lifeEventDtoSchema = z
  .object({
    slug: z.string(),
    title: bilingualSchema,
    description: bilingualSchema,
    icon: z.string(),
    serviceCount: z.number().int(),
  })
  .meta({ id: 'LifeEvent' });

export const districtListSchema = z
  .object({ districts: z.array(districtDtoSchema) })
  .meta({ id: 'DistrictList' });
export const categoryListSchema = z
  .object({ categories: z.array(categoryDtoSchema) })
  .meta({ id: 'CategoryList' });
export const lifeEventListSchema = z
  .object({ lifeEvents: z.array(lifeEventDtoSchema) })
  .meta({ id: 'LifeEventList' });
