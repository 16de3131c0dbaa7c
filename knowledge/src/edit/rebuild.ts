import { buildSearchIndex } from '../build/build-dist.ts';
import { createKnowledgeBase } from '../load/load-knowledge.ts';
import type { KnowledgeBase, KnowledgeData, ServiceRecord } from '../types.ts';

/**
 * A new knowledge base with one service replaced (or added) and its search index rebuilt in process,
 * so that a published guide is searchable without a restart. The old instance stays valid for requests
 * already running against it.
 */
export function withService(kb: KnowledgeBase, service: ServiceRecord): KnowledgeBase {
  const services = kb.services.some((s) => s.slug === service.slug)
    ? kb.services.map((s) => (s.slug === service.slug ? service : s))
    : [...kb.services, service];
  const data: KnowledgeData = {
    builtAt: new Date().toISOString(),
    services,
    districts: kb.districts,
    categories: kb.categories,
    lifeEvents: kb.lifeEvents,
  };
  return createKnowledgeBase(data, buildSearchIndex(services, data.categories));
}
