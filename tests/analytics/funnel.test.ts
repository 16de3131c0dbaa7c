import { FUNNEL_STAGES, OPEN_DATA_MIN_COUNT, insightsQuerySchema, type InsightsDto } from '@hub/contract';
import { loadKnowledgeBase } from '@hub/knowledge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeInsights, mostUsedServices } from '../../server/src/analytics/insights.ts';
import { openDataServiceUsage, openDataToCsv } from '../../server/src/analytics/open-data.ts';
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from '../../server/src/db/testing.ts';
import { CAMPAIGN, expected, isoDay, seedWeek, type LabelledRow } from './support/seed-week.ts';

const kb = loadKnowledgeBase();
const NOW = new Date('2026-03-15T18:00:00Z');
const rows = seedWeek('2026-03-15');
const inWeek = (r: LabelledRow) => r.period === 'week';

describe.each(TEST_PROVIDERS)('the popularity funnel on %s, over a seeded week', (provider) => {
  let t: TestDatabase;
  let week: InsightsDto;
  const insights = (q: Record<string, unknown>) =>
    computeInsights(
      t.db,
      kb,
      insightsQuerySchema.parse({ from: '2026-03-09', to: '2026-03-15', ...q }),
      'bg',
      NOW,
    );

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.analyticsEvent.createMany({ data: rows.map((r) => r.row) });
    week = await insights({});
  });
  afterAll(async () => t?.drop());

  it('counts each stage of the funnel, and the previous week for comparison', () => {
    expect(rows.length).toBeGreaterThan(1000);
    expect(week.totals).toEqual(expected(rows, inWeek));
    expect(week.previous).toEqual(expected(rows, (r) => r.period === 'previous'));
    expect([week.previousFrom, week.previousTo]).toEqual(['2026-03-02', '2026-03-08']);
    // The seed's week is busier: every stage grew.
    for (const s of FUNNEL_STAGES) expect(week.totals[s], s).toBeGreaterThan(week.previous[s]);
    expect(week.unanswered).toBe(21);
  });

  it('gives the funnel per service, most viewed first, with the previous views', () => {
    const tax = week.services[0]!;
    expect(tax.slug).toBe('property-tax-payment');
    expect(tax.title).toBe(kb.getService('property-tax-payment')!.guides.bg.title);
    expect(tax.counts).toEqual(expected(rows, (r) => inWeek(r) && r.row.serviceSlug === tax.slug));
    expect(tax.previousViewed).toBe(
      expected(rows, (r) => r.period === 'previous' && r.row.serviceSlug === tax.slug).viewed,
    );
    expect(week.services.map((s) => s.slug)).toEqual([
      'property-tax-payment',
      'current-address-registration',
      'birth-certificate-duplicate',
      'dog-fee',
      'green-waste',
      'civil-wedding',
      'funeral-services',
    ]);
  });

  it('draws a daily trend whose points add up to the totals, quieter at the weekend', () => {
    expect(week.trend.bucket).toBe('day');
    expect(week.trend.points.map((p) => p.start)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
    for (const p of week.trend.points)
      expect(p.counts, p.start).toEqual(
        expected(rows, (r) => inWeek(r) && isoDay(r.row.occurredAt) === p.start),
      );
    const [, , wednesday, , , saturday] = week.trend.points;
    expect(saturday!.counts.viewed).toBeLessThan(wednesday!.counts.viewed / 2);
  });

  it('filters by channel, language, district and campaign, and breaks down by them', async () => {
    const kiosk = await insights({ channel: 'kiosk' });
    expect(kiosk.totals).toEqual(expected(rows, (r) => inWeek(r) && r.row.channel === 'kiosk'));
    const english = await insights({ lang: 'en', district: 'lozenets' });
    expect(english.totals).toEqual(
      expected(rows, (r) => inWeek(r) && r.row.lang === 'en' && r.row.district === 'lozenets'),
    );
    const byDistrict = Object.fromEntries(week.breakdowns.district.map((d) => [d.key, d.counts]));
    expect(byDistrict.mladost).toEqual(expected(rows, (r) => inWeek(r) && r.row.district === 'mladost'));
    expect(week.breakdowns.channel[0]!.key).toBe('web');
  });

  it('shows reach and follow-through per campaign and placement', () => {
    const campaignRows = rows.filter((r) => inWeek(r) && r.row.campaign === CAMPAIGN);
    expect(week.campaigns).toEqual([
      {
        campaign: CAMPAIGN,
        visits: 28,
        viewed: expected(campaignRows, () => true).viewed,
        clickedOut: expected(campaignRows, () => true).clickedOut,
        placements: [
          { key: 'metro Serdika', visits: 14 },
          { key: 'tram 5', visits: 14 },
        ],
      },
    ]);
  });

  it('lists the services nobody finds, unseen ones first, and ranks the directory’s most used', async () => {
    expect(week.unfound).toHaveLength(12);
    expect(week.unfound.every((u) => u.viewed === 0)).toBe(true);
    expect(week.unfound.map((u) => u.slug)).not.toContain('green-waste');
    expect(await mostUsedServices(t.db, 3, NOW)).toEqual([
      'property-tax-payment',
      'current-address-registration',
      'birth-certificate-duplicate',
    ]);
  });

  it('publishes monthly open data with counts below 5 suppressed and no totals', async () => {
    const data = await openDataServiceUsage(t.db, 2, NOW);
    const march = (slug: string) => expected(rows, (r) => r.row.serviceSlug === slug);
    let suppressedSeen = 0;
    for (const slug of ['property-tax-payment', 'dog-fee', 'green-waste', 'civil-wedding']) {
      const want = march(slug);
      const row = data.rows.find((r) => r.month === '2026-03' && r.service === slug);
      for (const s of FUNNEL_STAGES) {
        const n = want[s];
        if (n > 0 && n < OPEN_DATA_MIN_COUNT) suppressedSeen += 1;
        expect(row?.[s], `${slug} ${s}`).toBe(n < OPEN_DATA_MIN_COUNT ? null : n);
      }
    }
    expect(suppressedSeen).toBeGreaterThan(0);
    // A service used only a little in a month is left out altogether.
    expect(data.rows.find((r) => r.service === 'funeral-services')).toBeUndefined();
    expect(data.rows.every((r) => r.month === '2026-03')).toBe(true);
    const csv = openDataToCsv(data);
    expect(csv.split('\r\n')[0]).toBe('month,service,asked,viewed,watched,clickedOut,cameBack');
    expect(csv).not.toMatch(/тротинетка|trotinetki|lozenets|spring-tax/);
    expect(JSON.stringify(data)).not.toContain('"total');
  });
});
