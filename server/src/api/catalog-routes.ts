import {
  categoryListSchema,
  districtListSchema,
  langQuerySchema,
  lifeEventListSchema,
  searchQuerySchema,
  serviceParamsSchema,
  servicesQuerySchema,
  type ServiceList,
} from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import { Router } from 'express';
import { badRequest, notFound } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { toServiceDetail, toServiceSummary } from '@hub/knowledge/src/present/service-dto.ts';
import { isAvailableInDistrict } from './presenters.ts';

/** Read-only endpoints over the knowledge base: services, search and the reference lists. */
export function catalogRouter(kb: KnowledgeBase): Router {
  const router = Router();
  const known = {
    category: new Set(kb.categories.map((c) => c.slug)),
    lifeEvent: new Set<string>(kb.lifeEvents.map((e) => e.slug)),
    district: new Set(kb.districts.map((d) => d.slug)),
  };

  router.get('/services', (req, res) => {
    const query = parseInput(servicesQuerySchema, req.query, 'query');
    for (const key of ['category', 'lifeEvent', 'district'] as const) {
      const value = query[key];
      if (value !== undefined && !known[key].has(value))
        throw badRequest(`invalid query: ${key}: unknown ${key} "${value}"`);
    }
    const services = kb.services
      .filter((s) => !query.category || s.category === query.category)
      .filter((s) => !query.lifeEvent || s.lifeEvents.includes(query.lifeEvent))
      .filter((s) => !query.district || isAvailableInDistrict(s, query.district))
      .map((s) => toServiceSummary(s, query.lang));
    const body: ServiceList = { total: services.length, services };
    res.json(body);
  });

  router.get('/services/:slug', (req, res) => {
    const { slug } = parseInput(serviceParamsSchema, req.params, 'params');
    const { lang } = parseInput(langQuerySchema, req.query, 'query');
    const record = kb.getService(slug);
    if (!record) throw notFound(`no service "${slug}"`);
    res.json(toServiceDetail(record, lang));
  });

  router.get('/search', (req, res) => {
    const query = parseInput(searchQuerySchema, req.query, 'query');
    res.json(kb.search(query.q, { limit: query.limit, ...(query.lang ? { lang: query.lang } : {}) }));
  });

  router.get('/districts', (req, res) => {
    parseInput(langQuerySchema, req.query, 'query');
    res.json(districtListSchema.parse({ districts: kb.districts }));
  });

  const countBy = (pick: (s: KnowledgeBase['services'][number]) => string[]) => {
    const counts = new Map<string, number>();
    for (const s of kb.services) for (const key of pick(s)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const byCategory = countBy((s) => [s.category]);
  const byLifeEvent = countBy((s) => s.lifeEvents);

  router.get('/categories', (req, res) => {
    parseInput(langQuerySchema, req.query, 'query');
    const categories = kb.categories.map((c) => ({ ...c, serviceCount: byCategory.get(c.slug) ?? 0 }));
    res.json(categoryListSchema.parse({ categories }));
  });

  router.get('/life-events', (req, res) => {
    parseInput(langQuerySchema, req.query, 'query');
    const lifeEvents = kb.lifeEvents.map((e) => ({ ...e, serviceCount: byLifeEvent.get(e.slug) ?? 0 }));
    res.json(lifeEventListSchema.parse({ lifeEvents }));
  });

  return router;
}
