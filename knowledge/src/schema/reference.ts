import { z } from 'zod';
import { lifeEventSlugSchema, slugSchema } from './guide.ts';

const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.object({ bg: text, en: text }).strict();

export const districtSchema = z
  .object({
    slug: slugSchema,
    name: bilingual,
    address: bilingual,
    /** Office hours as published; null where not verified. */
    hours: bilingual.nullable(),
    phone: text.nullable(),
    email: z.email().nullable(),
    website: z.url().nullable(),
    source: z.url(),
  })
  .strict();

export const categorySchema = z
  .object({ slug: slugSchema, title: bilingual, description: bilingual, icon: text })
  .strict();

export const lifeEventSchema = z
  .object({ slug: lifeEventSlugSchema, title: bilingual, description: bilingual, icon: text })
  .strict();

export const catalogEntrySchema = z.object({
  slug: slugSchema,
  category: slugSchema,
  depth: z.enum(['guide', 'directory']),
  provider: z.string(),
  iisda: z.string().nullable(),
  channel: z.string().nullable(),
  title: bilingual,
});

export type District = z.infer<typeof districtSchema>;
export type Category = z.infer<typeof categorySchema>;
export type LifeEvent = z.infer<typeof lifeEventSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
