// Test support: a week (and the week before) of realistic analytics events, each labelled with the funnel
// stage it should count for. Labels are assigned here, independently of the server's classification, so the
// tests compare the dashboard's figures with a count of the labels.
import type { FunnelCounts, FunnelStage } from '@hub/contract';

export interface SeedRow {
  id: string;
  type: string;
  occurredAt: Date;
  channel: string;
  lang: string;
  district: string | null;
  campaign: string | null;
  serviceSlug: string | null;
  query: string | null;
  value: number | null;
  detail: string | null;
}
export interface LabelledRow {
  row: SeedRow;
  /** The stage it must count for, or null for events the funnel must ignore. */
  stage: FunnelStage | null;
  /** 'week' = the dashboard's period; 'previous' = the week before. */
  period: 'week' | 'previous';
}

/** Services and their usual guide views per weekday (a quiet one below 5 a month for suppression). */
export const SERVICES: Record<string, number> = {
  'property-tax-payment': 24,
  'current-address-registration': 14,
  'birth-certificate-duplicate': 9,
  'dog-fee': 5,
  'green-waste': 1,
};
const CHANNELS = ['web', 'web', 'web', 'kiosk', 'viber', 'chat', 'web', 'kiosk', 'web', 'web'];
const DISTRICTS = ['sredets', 'lozenets', 'mladost'];
export const CAMPAIGN = 'spring-tax';

const DAY = 86_400_000;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The week ending on `lastDay` (UTC) and the week before it; weekends are quieter, this week busier. */
export function seedWeek(
  lastDay: string,
  options: { prefix?: string; scale?: number; unanswered?: [string, string] } = {},
): LabelledRow[] {
  const unanswered = options.unanswered ?? ['тротинетка под наем', 'trotinetki pod naem'];
  const prefix = options.prefix ?? 'seed';
  const scale = options.scale ?? 1;
  const out: LabelledRow[] = [];
  let seq = 0;
  const end = Date.parse(`${lastDay}T00:00:00Z`);
  for (const period of ['previous', 'week'] as const) {
    for (let d = 0; d < 7; d++) {
      const dayStart = end - (6 - d) * DAY - (period === 'previous' ? 7 * DAY : 0);
      const weekday = new Date(dayStart).getUTCDay();
      const factor = (weekday === 0 || weekday === 6 ? 0.4 : 1) * (period === 'week' ? 1.25 : 1) * scale;
      for (const [slug, base] of Object.entries(SERVICES)) {
        const views = Math.round(base * factor);
        const plan: [FunnelStage, number][] = [
          ['asked', Math.round(views * 1.5)],
          ['viewed', views],
          ['watched', Math.round(views * 0.3)],
          ['clickedOut', Math.round(views * 0.55)],
          ['cameBack', Math.round(views * 0.1)],
        ];
        for (const [stage, n] of plan) {
          for (let i = 0; i < n; i++) {
            const k = seq++;
            const channel = CHANNELS[k % CHANNELS.length]!;
            const at = new Date(dayStart + ((8 * 3600 + k * 137) % (12 * 3600)) * 1000);
            const row: SeedRow = {
              id: `${prefix}-${k}`,
              type: 'guide_view',
              occurredAt: at,
              channel,
              lang: k % 5 === 0 ? 'en' : 'bg',
              district: channel === 'kiosk' ? DISTRICTS[k % DISTRICTS.length]! : null,
              campaign: slug === 'property-tax-payment' && k % 4 === 0 && period === 'week' ? CAMPAIGN : null,
              serviceSlug: slug,
              query: null,
              value: null,
              detail: null,
            };
            if (stage === 'asked')
              Object.assign(row, { type: 'search', query: 'въпрос', detail: 'confident', value: 3 });
            if (stage === 'watched') Object.assign(row, { type: 'video_progress', value: 50 });
            if (stage === 'clickedOut') row.type = 'click_out';
            if (stage === 'cameBack')
              Object.assign(
                row,
                i % 2 ? { type: 'feedback', value: 1 } : { type: 'handoff', detail: 'requested' },
              );
            out.push({ row, stage, period });
            // What must not count: the other video milestones, later hand-off states, good ratings.
            if (stage === 'watched')
              for (const value of [0, 25, 75, 100])
                out.push({ row: { ...row, id: `${prefix}-${seq++}`, value }, stage: null, period });
            if (stage === 'cameBack')
              out.push({
                row: { ...row, id: `${prefix}-${seq++}`, type: 'handoff', detail: 'accepted', value: null },
                stage: null,
                period,
              });
            if (stage === 'viewed' && i % 3 === 0)
              out.push({
                row: { ...row, id: `${prefix}-${seq++}`, type: 'feedback', value: 5 },
                stage: null,
                period,
              });
          }
        }
      }
      // Questions nothing answered: "asked", but of no service.
      for (let i = 0; i < 3; i++) {
        const k = seq++;
        out.push({
          row: {
            id: `${prefix}-${k}`,
            type: 'search',
            occurredAt: new Date(dayStart + 10 * 3600 * 1000 + i * 60_000),
            channel: 'chat',
            lang: 'bg',
            district: null,
            campaign: null,
            serviceSlug: null,
            query: unanswered[i % 2]!,
            value: 0,
            detail: 'none',
          },
          stage: 'asked',
          period,
        });
      }
      // Rarely used services: a few views and click-outs (small counts for the open data's suppression).
      if (period === 'week' && d === 2)
        for (const [slug, type, n] of [
          ['civil-wedding', 'guide_view', 6],
          ['civil-wedding', 'click_out', 2],
          ['funeral-services', 'guide_view', 2],
        ] as const)
          for (let i = 0; i < n; i++)
            out.push({
              row: {
                id: `${prefix}-${seq++}`,
                type,
                occurredAt: new Date(dayStart + 11 * 3600 * 1000 + i * 60_000),
                channel: 'web',
                lang: 'bg',
                district: null,
                campaign: null,
                serviceSlug: slug,
                query: null,
                value: null,
                detail: null,
              },
              stage: type === 'guide_view' ? 'viewed' : 'clickedOut',
              period,
            });
      // Campaign short-link visits (not a funnel stage): from two placements.
      if (period === 'week')
        for (let i = 0; i < 4; i++) {
          const k = seq++;
          out.push({
            row: {
              id: `${prefix}-${k}`,
              type: 'campaign_visit',
              occurredAt: new Date(dayStart + 9 * 3600 * 1000 + i * 60_000),
              channel: 'web',
              lang: 'bg',
              district: null,
              campaign: CAMPAIGN,
              serviceSlug: 'property-tax-payment',
              query: null,
              value: null,
              detail: i % 2 ? 'tram 5' : 'metro Serdika',
            },
            stage: null,
            period,
          });
        }
    }
  }
  return out;
}

/** Counts the labels of the rows that match `where`. */
export function expected(rows: LabelledRow[], where: (r: LabelledRow) => boolean): FunnelCounts {
  const c: FunnelCounts = { asked: 0, viewed: 0, watched: 0, clickedOut: 0, cameBack: 0 };
  for (const r of rows) if (r.stage && where(r)) c[r.stage] += 1;
  return c;
}
