import type { InsightsQuery } from '@hub/contract';

export const DAY_MS = 86_400_000;
export const DEFAULT_DAYS = 28;

export interface Period {
  /** First day (UTC), inclusive. */
  from: string;
  /** Last day (UTC), inclusive. */
  to: string;
  gte: Date;
  lt: Date;
  days: number;
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const startOf = (day: string) => new Date(`${day}T00:00:00Z`);

export function periodOf(from: string, to: string): Period {
  const gte = startOf(from);
  const lt = new Date(startOf(to).getTime() + DAY_MS);
  return { from, to, gte, lt, days: Math.round((lt.getTime() - gte.getTime()) / DAY_MS) };
}

/** The query's period, by default the last 28 days up to today (UTC). */
export function requestedPeriod(query: Pick<InsightsQuery, 'from' | 'to'>, now: Date): Period {
  const to = query.to ?? isoDay(now);
  const from = query.from ?? isoDay(new Date(startOf(to).getTime() - (DEFAULT_DAYS - 1) * DAY_MS));
  return periodOf(from, to);
}

/** The period of the same length just before. */
export function previousPeriod(p: Period): Period {
  const to = isoDay(new Date(p.gte.getTime() - DAY_MS));
  const from = isoDay(new Date(p.gte.getTime() - p.days * DAY_MS));
  return periodOf(from, to);
}

/** Days for periods up to about two months, weeks (7 days from the first day) for longer ones. */
export function buckets(p: Period): { bucket: 'day' | 'week'; starts: Date[] } {
  const step = p.days <= 62 ? 1 : 7;
  const starts: Date[] = [];
  for (let t = p.gte.getTime(); t < p.lt.getTime(); t += step * DAY_MS) starts.push(new Date(t));
  return { bucket: step === 1 ? 'day' : 'week', starts };
}
