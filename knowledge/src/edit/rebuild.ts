import { buildSearchIndex } from '../build/build-dist.ts';
import { createKnowledgeBase } from '../load/load-knowledge.ts';
import type { KnowledgeBase, KnowledgeData, ServiceRecord } from '../types.ts';

/**
 * A new knowledge base with one service replaced (or added) and its search index rebuilt in process,
 * so that a published guide is searchable without a restart. The old instance stays valid for requests
 * already running against it.
 */
export function withService(kb: KnowledgeBase, service: ServiceRecord): KnowledgeBase {
  return withServices(kb, [service]);
}

/** Like withService for several services at once (one index rebuild), e.g. every guide published in the database. */
export function withServices(kb: KnowledgeBase, replacements: readonly ServiceRecord[]): KnowledgeBase {
  const bySlug = new Map(replacements.map((s) => [s.slug, s]));
  const services = kb.services.map((s) => bySlug.get(s.slug) ?? s);
  const known = new Set(kb.services.map((s) => s.slug));
  services.push(...replacements.filter((s) => !known.has(s.slug)));
  const data: KnowledgeData = {
    builtAt: new Date().toISOString(),
    services,
    districts: kb.districts,
    categories: kb.categories,
    lifeEvents: kb.lifeEvents,
  };
  return createKnowledgeBase(data, buildSearchIndex(services, data.categories));
}
