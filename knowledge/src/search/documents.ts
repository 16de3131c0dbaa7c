import type { Guide, Lang } from '../schema/guide.ts';
import type { Category } from '../schema/reference.ts';
import type { ServiceRecord } from '../types.ts';

/** The text of one guide split into the fields the index weighs differently. */
export interface SearchDocument {
  slug: string;
  title: string;
  aliases: string;
  summary: string;
  body: string;
}

/** Field boosts: a word in the title matters most, then in the aliases, the summary, the rest. */
export const FIELD_BOOSTS = { title: 10, aliases: 7, summary: 3, body: 1 } as const;

export function toSearchDocument(service: ServiceRecord, lang: Lang, categories: Category[]): SearchDocument {
  const g: Guide = service.guides[lang];
  const category = categories.find((c) => c.slug === service.category);
  const aliases = lang === 'bg' ? [...g.aliases, ...g.latinAliases] : g.aliases;
  return {
    slug: service.slug,
    title: g.title,
    aliases: aliases.join(' | '),
    summary: g.summary,
    body: [
      category?.title[lang] ?? '',
      g.provider.name,
      ...g.documents,
      ...g.steps.flatMap((s) => [s.title, s.text]),
      g.afterwards ?? '',
      g.body,
    ].join('\n'),
  };
}
