import { FUNNEL_STAGES, OPEN_DATA_MIN_COUNT, type FunnelCounts, type OpenDataDto } from '@hub/contract';
import type { Db } from '../db/client.ts';
import { csvField } from '../helpdesk/csv.ts';
import { funnelBy } from './funnel.ts';
import { isoDay } from './period.ts';

const FIELDS: Record<string, string> = {
  month: 'Calendar month (UTC), YYYY-MM',
  service: 'Service identifier (slug) in the Sofia services directory',
  asked: 'Searches and questions to the assistant whose best answer was this service',
  viewed: 'Views of the service guide (web, kiosk, chat, Viber)',
  watched: 'How-to videos played past half-way',
  clickedOut: 'Visits to the e-service from the guide',
  cameBack: 'Requests for help about the service (hand-offs to the help desk, ratings of 1–2)',
};

const suppress = (n: number) => (n < OPEN_DATA_MIN_COUNT ? null : n);

/**
 * Monthly service usage for publication: counts of events only (no text, no district, no campaign, no
 * identifiers); every count below OPEN_DATA_MIN_COUNT becomes null, and no totals are published so a
 * suppressed cell cannot be worked out by subtraction. Months before the first event are left out.
 */
export async function openDataServiceUsage(db: Db, months: number, now = new Date()): Promise<OpenDataDto> {
  const rows: OpenDataDto['rows'] = [];
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  for (let i = 0; i < months; i++) {
    const gte = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1));
    const lt = new Date(Date.UTC(gte.getUTCFullYear(), gte.getUTCMonth() + 1, 1));
    const month = isoDay(gte).slice(0, 7);
    const services = await funnelBy(db, 'serviceSlug', {}, { gte, lt });
    for (const [service, c] of [...services].sort(([a], [b]) => a.localeCompare(b))) {
      const cells = Object.fromEntries(FUNNEL_STAGES.map((s) => [s, suppress(c[s])])) as {
        [K in keyof FunnelCounts]: number | null;
      };
      // A row with every count suppressed says only "this service was used a little": leave it out.
      if (FUNNEL_STAGES.some((s) => cells[s] !== null)) rows.push({ month, service, ...cells });
    }
  }
  return {
    title: 'Sofia municipal services: monthly use of service guides',
    generatedAt: now.toISOString(),
    licence: 'CC BY 4.0',
    suppression: `Counts below ${OPEN_DATA_MIN_COUNT} are published as empty (null); rows with every count below ${OPEN_DATA_MIN_COUNT} are left out; no totals are published. Counts are events, not people.`,
    fields: FIELDS,
    rows,
  };
}

export function openDataToCsv(data: OpenDataDto): string {
  const columns = ['month', 'service', ...FUNNEL_STAGES] as const;
  const lines = [columns.join(',')];
  for (const r of data.rows) lines.push(columns.map((c) => csvField(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
