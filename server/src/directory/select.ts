import { compareTitles } from './format.ts';
import type { KnowledgeBase, Lang, ServiceRecord } from './kb.ts';

/** Services people often need, shown on the home page until measured use exists. Missing slugs are skipped. */
export const COMMON_SERVICES = [
  'property-tax-payment',
  'waste-fee-payment',
  'permanent-address-registration',
  'current-address-certificate',
  'birth-certificate-duplicate',
  'kindergarten-enrolment',
  'resident-parking-permit',
  'report-a-problem',
] as const;

export function byTitle(services: ServiceRecord[], lang: Lang): ServiceRecord[] {
  const compare = compareTitles(lang);
  return [...services].sort((a, b) => compare(a.guides[lang].title, b.guides[lang].title));
}

export function servicesInCategory(kb: KnowledgeBase, category: string, lang: Lang): ServiceRecord[] {
  return byTitle(
    kb.services.filter((s) => s.category === category),
    lang,
  );
}

export function servicesForLifeEvent(kb: KnowledgeBase, lifeEvent: string, lang: Lang): ServiceRecord[] {
  return byTitle(
    kb.services.filter((s) => s.lifeEvents.includes(lifeEvent)),
    lang,
  );
}

/** Existing services for the given slugs, in the given order, without duplicates. */
export function servicesBySlugs(kb: KnowledgeBase, slugs: readonly string[]): ServiceRecord[] {
  const seen = new Set<string>();
  const found: ServiceRecord[] = [];
  for (const slug of slugs) {
    const service = seen.has(slug) ? undefined : kb.getService(slug);
    seen.add(slug);
    if (service) found.push(service);
  }
  return found;
}

export interface HomeServices {
  /** 'measured' when the list comes from real use; 'common' for the labelled fallback. */
  source: 'measured' | 'common';
  services: ServiceRecord[];
}

export async function homeServices(
  kb: KnowledgeBase,
  topServices: (limit: number) => Promise<string[]>,
  limit: number,
): Promise<HomeServices> {
  let top: string[] = [];
  try {
    top = await topServices(limit);
  } catch {
    // Popularity is a nicety; the home page must render without it.
  }
  const measured = servicesBySlugs(kb, top).slice(0, limit);
  if (measured.length > 0) return { source: 'measured', services: measured };
  return { source: 'common', services: servicesBySlugs(kb, COMMON_SERVICES).slice(0, limit) };
}
