import { FUNNEL_STAGES, type FunnelCounts, type InsightsDto } from '@hub/contract';
import { csvField } from '../helpdesk/csv.ts';

const line = (fields: (string | number | null)[]) => fields.map(csvField).join(',');
const stages = (c: FunnelCounts) => FUNNEL_STAGES.map((s) => c[s]);

/** The dashboard as one spreadsheet: section,key,label then the five funnel stages. */
export function insightsToCsv(data: InsightsDto): string {
  const lines = [line(['section', 'key', 'label', ...FUNNEL_STAGES])];
  lines.push(line(['period', `${data.from}..${data.to}`, 'current', ...stages(data.totals)]));
  lines.push(
    line(['period', `${data.previousFrom}..${data.previousTo}`, 'previous', ...stages(data.previous)]),
  );
  for (const p of data.trend.points)
    lines.push(line([data.trend.bucket, p.start, null, ...stages(p.counts)]));
  for (const s of data.services) lines.push(line(['service', s.slug, s.title, ...stages(s.counts)]));
  for (const [dim, rows] of Object.entries(data.breakdowns))
    for (const r of rows) lines.push(line([dim, r.key, null, ...stages(r.counts)]));
  for (const c of data.campaigns)
    lines.push(
      line(['campaign', c.campaign, `visits ${c.visits}`, null, c.viewed, null, c.clickedOut, null]),
    );
  return `${lines.join('\r\n')}\r\n`;
}
