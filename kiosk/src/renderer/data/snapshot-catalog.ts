import type { KnowledgeData, ServiceRecord } from '@hub/knowledge';
import type { Catalog, SearchHit } from './catalog.ts';
import { createLocalSearch } from './local-search.ts';
import { toServiceDetail, toServiceSummary } from '@hub/knowledge/src/present/service-dto.ts';

/** The catalog over the knowledge snapshot kept on the device (knowledge/dist/kb.json's format). */
export function createSnapshotCatalog(data: KnowledgeData): Catalog {
  const count = (pick: (s: ServiceRecord) => string[]) => {
    const counts = new Map<string, number>();
    for (const s of data.services) for (const key of pick(s)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const byCategory = count((s) => [s.category]);
  const byLifeEvent = count((s) => s.lifeEvents);
  const searchers = {
    bg: createLocalSearch(data.services.map((s) => ({ slug: s.slug, title: s.guides.bg.title, aliases: [...s.guides.bg.aliases, ...s.guides.bg.latinAliases], summary: s.guides.bg.summary }))),
    en: createLocalSearch(data.services.map((s) => ({ slug: s.slug, title: s.guides.en.title, aliases: [...s.guides.en.aliases, ...s.guides.en.latinAliases, s.guides.bg.title, ...s.guides.bg.aliases], summary: s.guides.en.summary }))),
  };

  return {
    lifeEvents: async () => data.lifeEvents.map((e) => ({ ...e, serviceCount: byLifeEvent.get(e.slug) ?? 0 })),
    categories: async () => data.categories.map((c) => ({ ...c, serviceCount: byCategory.get(c.slug) ?? 0 })),
    districts: async () => data.districts,
    services: async (filter, lang) =>
      data.services
        .filter((s) => !filter.category || s.category === filter.category)
        .filter((s) => !filter.lifeEvent || s.lifeEvents.includes(filter.lifeEvent as never))
        .map((s) => toServiceSummary(s, lang)),
    service: async (slug, lang) => {
      const record = data.services.find((s) => s.slug === slug);
      return record ? toServiceDetail(record, lang) : null;
    },
    search: async (query, lang): Promise<SearchHit[]> => {
      const hits = searchers[lang](query, 8);
      // A Bulgarian query on the English screen (or the reverse) still finds the guide.
      if (hits.length) return hits;
      const other = searchers[lang === 'bg' ? 'en' : 'bg'](query, 8);
      return other.map((h) => {
        const record = data.services.find((s) => s.slug === h.slug)!;
        return { slug: h.slug, title: record.guides[lang].title, snippet: record.guides[lang].summary };
      });
    },
  };
}
