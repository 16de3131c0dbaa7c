import type { PopularityQuery, PopularityResponse } from '@hub/contract';
import type { Db } from '../db/client.ts';

import { DAY_MS } from './period.ts';

function rangeOf(query: PopularityQuery): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (query.from) range.gte = new Date(`${query.from}T00:00:00Z`);
  if (query.to) range.lt = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS);
  return range;
}

const COLUMN = { service: 'serviceSlug', channel: 'channel', district: 'district' } as const;

/** Event counts grouped by service, channel, district, day or month (UTC), highest first for the first three. */
export async function popularity(db: Db, query: PopularityQuery): Promise<PopularityResponse> {
  const where = {
    type: query.type,
    occurredAt: rangeOf(query),
    ...(query.channel ? { channel: query.channel } : {}),
    ...(query.district ? { district: query.district } : {}),
    ...(query.service ? { serviceSlug: query.service } : {}),
  };
  const head = { by: query.by, type: query.type, from: query.from ?? null, to: query.to ?? null };

  if (query.by === 'day' || query.by === 'month') {
    // Bucketed here rather than in SQL so that SQLite and PostgreSQL give identical answers.
    const rows = await db.analyticsEvent.findMany({ where, select: { occurredAt: true } });
    const width = query.by === 'day' ? 10 : 7;
    const counts = new Map<string, number>();
    for (const { occurredAt } of rows) {
      const key = occurredAt.toISOString().slice(0, width);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const sorted = [...counts].sort(([a], [b]) => a.localeCompare(b)).slice(-query.limit);
    return { ...head, rows: sorted.map(([key, count]) => ({ key, count })) };
  }

  const column = COLUMN[query.by];
  const groups = await db.analyticsEvent.groupBy({
    by: [column],
    // Channel is never null; events without a service or district are left out of those groupings.
    where: column === 'channel' ? where : { AND: [where, { [column]: { not: null } }] },
    _count: { _all: true },
  });
  const rows = groups
    .map((g) => ({ key: String(g[column]), count: g._count._all }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, query.limit);
  return { ...head, rows };
}
