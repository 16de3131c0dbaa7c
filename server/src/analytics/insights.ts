import type { FunnelCounts, InsightsDto, InsightsQuery, Lang } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import type { Db } from '../db/client.ts';
import { campaignReach } from './campaigns.ts';
import { funnelBy, funnelCube, funnelTotals, unansweredCount, type EventFilter } from './funnel.ts';
import { buckets, DAY_MS, isoDay, previousPeriod, requestedPeriod } from './period.ts';

const UNFOUND_LIMIT = 12;

export function serviceTitle(kb: KnowledgeBase, slug: string, lang: Lang): string {
  return kb.getService(slug)?.guides[lang].title ?? slug;
}

const keyed = (map: Map<string, FunnelCounts>) =>
  [...map]
    .map(([key, counts]) => ({ key, counts }))
    .sort(
      (a, b) =>
        b.counts.viewed - a.counts.viewed || b.counts.asked - a.counts.asked || a.key.localeCompare(b.key),
    );

/**
 * Everything the popularity dashboard shows, from GROUP BY queries only (no event rows are loaded):
 * the funnel and the previous period's, a per-day (or per-week) trend, per service, per channel / language /
 * district, what nobody finds, and campaign reach.
 */
export async function computeInsights(
  db: Db,
  kb: KnowledgeBase,
  query: InsightsQuery,
  lang: Lang,
  now = new Date(),
): Promise<InsightsDto> {
  const period = requestedPeriod(query, now);
  const previous = previousPeriod(period);
  const filter: EventFilter = query;
  const { bucket, starts } = buckets(period);
  const step = bucket === 'day' ? DAY_MS : 7 * DAY_MS;

  const [current, before, unanswered, campaigns] = await Promise.all([
    funnelCube(db, filter, period),
    funnelCube(db, filter, previous),
    unansweredCount(db, filter, period),
    campaignReach(db, filter, period),
  ]);
  const { totals, serviceSlug: services, channel, lang: language, district } = current;
  const previousTotals = before.totals;
  const previousServices = before.serviceSlug;
  // One small GROUP BY per bucket (at most 62 days or 53 weeks) keeps the trend portable across databases.
  const points = [];
  for (const start of starts) {
    const lt = new Date(Math.min(start.getTime() + step, period.lt.getTime()));
    points.push({ start: isoDay(start), counts: await funnelTotals(db, filter, { gte: start, lt }) });
  }

  const known = kb.services.map((s) => s.slug);
  const unfound = (query.service ? [query.service] : known)
    .map((slug) => ({
      slug,
      title: serviceTitle(kb, slug, lang),
      viewed: services.get(slug)?.viewed ?? 0,
      asked: services.get(slug)?.asked ?? 0,
    }))
    .sort((a, b) => a.viewed - b.viewed || a.asked - b.asked || a.title.localeCompare(b.title, lang))
    .slice(0, UNFOUND_LIMIT);

  return {
    generatedAt: now.toISOString(),
    from: period.from,
    to: period.to,
    previousFrom: previous.from,
    previousTo: previous.to,
    totals,
    previous: previousTotals,
    unanswered,
    trend: { bucket, points },
    services: keyed(services).map(({ key, counts }) => ({
      slug: key,
      title: serviceTitle(kb, key, lang),
      counts,
      previousViewed: previousServices.get(key)?.viewed ?? 0,
    })),
    unfound,
    breakdowns: { channel: keyed(channel), lang: keyed(language), district: keyed(district) },
    campaigns,
  };
}

/** The most-viewed services over the last 90 days: the directory's "most used services", same computation. */
export async function mostUsedServices(db: Db, limit: number, now = new Date()): Promise<string[]> {
  const period = requestedPeriod(
    { from: isoDay(new Date(now.getTime() - 89 * DAY_MS)), to: isoDay(now) },
    now,
  );
  const services = await funnelBy(db, 'serviceSlug', {}, period);
  return keyed(services)
    .filter((s) => s.counts.viewed > 0)
    .slice(0, limit)
    .map((s) => s.key);
}
