import type { FunnelCounts, InsightsQuery } from '@hub/contract';
import type { Db } from '../db/client.ts';
import { addToStage, emptyCounts, FUNNEL_EVENTS } from './stages.ts';

export type EventFilter = Pick<InsightsQuery, 'channel' | 'lang' | 'district' | 'campaign' | 'service'>;
export type Dimension = 'serviceSlug' | 'channel' | 'lang' | 'district' | 'campaign';
export interface Range {
  gte: Date;
  lt: Date;
}

/** The WHERE of every funnel query: the funnel's events, the period, and the dashboard's filters. */
export function funnelWhere(filter: EventFilter, range: Range) {
  return {
    AND: [
      FUNNEL_EVENTS,
      { occurredAt: { gte: range.gte, lt: range.lt } },
      {
        ...(filter.channel ? { channel: filter.channel } : {}),
        ...(filter.lang ? { lang: filter.lang } : {}),
        ...(filter.district ? { district: filter.district } : {}),
        ...(filter.campaign ? { campaign: filter.campaign } : {}),
        ...(filter.service ? { serviceSlug: filter.service } : {}),
      },
    ],
  };
}

/** Stage totals over the range: one GROUP BY type (works the same on SQLite and PostgreSQL). */
export async function funnelTotals(db: Db, filter: EventFilter, range: Range): Promise<FunnelCounts> {
  const groups = await db.analyticsEvent.groupBy({
    by: ['type'],
    where: funnelWhere(filter, range),
    _count: { _all: true },
  });
  const counts = emptyCounts();
  for (const g of groups) addToStage(counts, g.type, g._count._all);
  return counts;
}

/** Stage counts per value of a dimension (events without a value are left out): GROUP BY dimension, type. */
export async function funnelBy(
  db: Db,
  dimension: Dimension,
  filter: EventFilter,
  range: Range,
): Promise<Map<string, FunnelCounts>> {
  const groups = await db.analyticsEvent.groupBy({
    by: [dimension, 'type'],
    // channel and lang are never null; events without a service, district or campaign are left out.
    where:
      dimension === 'channel' || dimension === 'lang'
        ? funnelWhere(filter, range)
        : { AND: [funnelWhere(filter, range), { [dimension]: { not: null } }] },
    _count: { _all: true },
  });
  const byKey = new Map<string, FunnelCounts>();
  for (const g of groups) {
    const key = String(g[dimension]);
    const counts = byKey.get(key) ?? emptyCounts();
    addToStage(counts, g.type, g._count._all);
    byKey.set(key, counts);
  }
  return byKey;
}

/** Searches and questions nothing answered: no result at all, or no relevant one. */
export function unansweredCount(db: Db, filter: EventFilter, range: Range): Promise<number> {
  return db.analyticsEvent.count({
    where: {
      AND: [funnelWhere(filter, range), { type: 'search' }, { OR: [{ value: 0 }, { detail: 'none' }] }],
    },
  });
}

export interface FunnelCube {
  totals: FunnelCounts;
  serviceSlug: Map<string, FunnelCounts>;
  channel: Map<string, FunnelCounts>;
  lang: Map<string, FunnelCounts>;
  district: Map<string, FunnelCounts>;
}

/**
 * Totals and the per-service, per-channel, per-language and per-district counts from ONE
 * GROUP BY service, channel, language, district, type (one scan of the period instead of five).
 */
export async function funnelCube(db: Db, filter: EventFilter, range: Range): Promise<FunnelCube> {
  const groups = await db.analyticsEvent.groupBy({
    by: ['serviceSlug', 'channel', 'lang', 'district', 'type'],
    where: funnelWhere(filter, range),
    _count: { _all: true },
  });
  const cube: FunnelCube = {
    totals: emptyCounts(),
    serviceSlug: new Map(),
    channel: new Map(),
    lang: new Map(),
    district: new Map(),
  };
  const add = (map: Map<string, FunnelCounts>, key: string | null, type: string, n: number) => {
    if (key === null) return;
    const counts = map.get(key) ?? emptyCounts();
    addToStage(counts, type, n);
    map.set(key, counts);
  };
  for (const g of groups) {
    const n = g._count._all;
    addToStage(cube.totals, g.type, n);
    add(cube.serviceSlug, g.serviceSlug, g.type, n);
    add(cube.channel, g.channel, g.type, n);
    add(cube.lang, g.lang, g.type, n);
    add(cube.district, g.district, g.type, n);
  }
  return cube;
}
