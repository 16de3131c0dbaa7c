import type { KnowledgeBase } from '@hub/knowledge';

export interface LinkTarget {
  kind: 'service' | 'life-event';
  slug: string;
  lang: 'bg' | 'en';
  path: string;
}

const TARGET = /^(\/en)?\/(services|life-events)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** A short link's target, only if it is a directory page that exists now: the redirect never leaves the hub. */
export function resolveLinkTarget(kb: KnowledgeBase, target: string): LinkTarget | undefined {
  const m = TARGET.exec(target);
  if (!m) return undefined;
  const [, en, section, slug] = m as unknown as [string, string | undefined, string, string];
  const kind = section === 'services' ? 'service' : 'life-event';
  const exists = kind === 'service' ? !!kb.getService(slug) : kb.lifeEvents.some((e) => e.slug === slug);
  return exists ? { kind, slug, lang: en ? 'en' : 'bg', path: target } : undefined;
}
