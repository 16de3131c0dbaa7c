import type { StatsDto } from '@hub/contract';

/** RFC 4180 field; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (...fields: (string | number | null)[]) => fields.map(csvField).join(',');

/** The supervisor export: one section per table, section,key,value rows so it opens in any spreadsheet. */
export function statsToCsv(stats: StatsDto): string {
  const lines = [row('section', 'key', 'value', 'extra')];
  lines.push(row('summary', 'generated_at', stats.generatedAt, null));
  lines.push(row('summary', 'period_days', stats.days, null));
  lines.push(row('summary', 'waiting_now', stats.live.waiting, null));
  lines.push(row('summary', 'longest_wait_seconds', stats.live.longestWaitSeconds, null));
  lines.push(row('summary', 'handoffs_today', stats.handoffsToday, null));
  lines.push(row('summary', 'handoffs_period', stats.handoffsPeriod, null));
  lines.push(row('summary', 'median_wait_seconds', stats.medianWaitSeconds, null));
  lines.push(row('summary', 'csat_average', stats.csatAverage, stats.csatCount));
  for (const d of stats.perDay) lines.push(row('handoffs_per_day', d.day, d.handoffs, null));
  for (const c of stats.byChannel) lines.push(row('channel', c.key, c.count, null));
  for (const s of stats.topServices) lines.push(row('service', s.slug, s.count, null));
  for (const q of stats.unanswered) lines.push(row('unanswered', q.question, q.count, q.slug));
  for (const r of stats.resolutions) lines.push(row('resolution', r.key, r.count, null));
  for (const a of stats.agents) lines.push(row('agent', a.displayName, a.load, a.status));
  return `${lines.join('\r\n')}\r\n`;
}
