import type { Guide, Lang, ServiceRecord } from '@hub/knowledge';
import type { AssistantKnowledge } from '../bot/deps.ts';

/** A knowledge base whose guide for `slug` is changed (e.g. district details or a video the content lacks yet). */
export function withGuideChanges(
  kb: AssistantKnowledge,
  slug: string,
  change: (guide: Guide, lang: Lang) => Partial<Guide>,
): AssistantKnowledge {
  const original = kb.getService(slug);
  if (!original) throw new Error(`no service ${slug}`);
  const changed: ServiceRecord = {
    ...original,
    guides: {
      bg: { ...original.guides.bg, ...change(original.guides.bg, 'bg') },
      en: { ...original.guides.en, ...change(original.guides.en, 'en') },
    },
  };
  return {
    search: (q, o) => kb.search(q, o),
    getService: (s) => (s === slug ? changed : kb.getService(s)),
    districts: kb.districts,
    categories: kb.categories,
    services: kb.services.map((s) => (s.slug === slug ? changed : s)),
  };
}
