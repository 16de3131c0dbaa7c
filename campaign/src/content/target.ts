import type { KnowledgeBase, Lang, ServiceRecord } from '@hub/knowledge';
import { translator } from '../i18n.ts';
import { keyFacts, type Fact } from './facts.ts';

/** What a campaign item points at: one service guide or one life event page of the directory. */
export interface CampaignTarget {
  kind: 'service' | 'life-event';
  slug: string;
  /** Path of the directory page (Bulgarian); English pages live under /en. */
  path: string;
  kicker: Record<Lang, string>;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
  facts: Record<Lang, Fact[]>;
  /** A line after the facts, e.g. "and 5 more services" on a life-event poster. */
  note?: Record<Lang, string>;
}

/** Life-event posters list the first services of the journey instead of fees and deadlines. */
const LIFE_EVENT_FACTS = 3;

export function resolveTarget(kb: KnowledgeBase, slug: string): CampaignTarget {
  const service = kb.getService(slug);
  if (service) {
    const { bg, en } = service.guides;
    return {
      kind: 'service',
      slug,
      path: `/services/${slug}`,
      kicker: { bg: translator('bg')('kicker.service'), en: translator('en')('kicker.service') },
      title: { bg: bg.title, en: en.title },
      summary: { bg: bg.summary, en: en.summary },
      facts: { bg: keyFacts(bg), en: keyFacts(en) },
    };
  }
  const event = kb.lifeEvents.find((e) => e.slug === slug);
  if (!event) throw new Error(`"${slug}" is neither a service nor a life event in the knowledge base`);
  const services = kb.services.filter((s) => s.lifeEvents.includes(slug));
  // Full guides first, then services for which this event is the main one, then the more specific ones.
  const depth = (s: ServiceRecord) => (s.depth === 'guide' ? 0 : 1);
  const ordered = [...services].sort(
    (a, b) =>
      depth(a) - depth(b) ||
      a.lifeEvents.indexOf(slug) - b.lifeEvents.indexOf(slug) ||
      a.lifeEvents.length - b.lifeEvents.length,
  );
  const facts = (lang: Lang): Fact[] =>
    ordered
      .slice(0, LIFE_EVENT_FACTS)
      .map((s) => ({ label: translator(lang)('fact.service'), value: s.guides[lang].title }));
  const rest = ordered.length - LIFE_EVENT_FACTS;
  const more = (lang: Lang) => translator(lang)('lifeEvent.more', { count: rest });
  return {
    kind: 'life-event',
    slug,
    path: `/life-events/${slug}`,
    kicker: { bg: translator('bg')('kicker.lifeEvent'), en: translator('en')('kicker.lifeEvent') },
    title: event.title,
    summary: event.description,
    facts: { bg: facts('bg'), en: facts('en') },
    ...(rest > 0 ? { note: { bg: more('bg'), en: more('en') } } : {}),
  };
}
