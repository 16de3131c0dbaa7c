import { popularityQuerySchema } from '@hub/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from '../db/testing.ts';
import { createAnalytics, type Analytics } from './index.ts';

describe.each(TEST_PROVIDERS)('analytics on %s', (provider) => {
  let t: TestDatabase;
  let analytics: Analytics;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    analytics = createAnalytics(t.db);
  });
  afterAll(async () => t?.drop());

  it('masks personal numbers in search text and feedback comments before storing', async () => {
    await analytics.record({
      type: 'search',
      channel: 'web',
      lang: 'bg',
      query: 'данък за ЕГН 8032056031 тел 0888123456',
    });
    await analytics.record({
      type: 'feedback',
      channel: 'kiosk',
      lang: 'bg',
      rating: 4,
      comment: 'карта 4111111111111111',
      slug: 'property-tax-payment',
    });
    const search = await t.db.analyticsEvent.findFirst({ where: { type: 'search' } });
    expect(search?.query).toBe('данък за ЕГН [EGN] тел [PHONE]');
    const feedback = await t.db.feedback.findFirst();
    expect(feedback?.comment).toBe('карта [CARD]');
    expect(feedback?.rating).toBe(4);
    expect(
      await t.db.analyticsEvent.count({
        where: { type: 'feedback', serviceSlug: 'property-tax-payment', value: 4 },
      }),
    ).toBe(1);
  });

  it('aggregates by service, channel and district, and ranks the top services', async () => {
    const view = (slug: string, channel: 'web' | 'kiosk', district?: string) =>
      analytics.record({ type: 'guide_view', channel, lang: 'bg', slug, ...(district ? { district } : {}) });
    await view('a-service', 'web', 'sredets');
    await view('b-service', 'web');
    await view('b-service', 'kiosk', 'lozenets');
    await view('b-service', 'kiosk', 'lozenets');
    await analytics.recordEvent({ type: 'click_out', slug: 'a-service', lang: 'en', channel: 'web' });

    const q = (input: Record<string, unknown>) => analytics.popularity(popularityQuerySchema.parse(input));
    expect((await q({ by: 'service' })).rows).toEqual([
      { key: 'b-service', count: 3 },
      { key: 'a-service', count: 1 },
    ]);
    expect((await q({ by: 'channel' })).rows).toEqual([
      { key: 'kiosk', count: 2 },
      { key: 'web', count: 2 },
    ]);
    expect((await q({ by: 'district' })).rows).toEqual([
      { key: 'lozenets', count: 2 },
      { key: 'sredets', count: 1 },
    ]);
    expect((await q({ by: 'service', type: 'click_out' })).rows).toEqual([{ key: 'a-service', count: 1 }]);
    expect((await q({ by: 'service', channel: 'kiosk' })).rows).toEqual([{ key: 'b-service', count: 2 }]);
    expect(await analytics.topServices(1)).toEqual(['b-service']);
  });

  it('buckets by day and month and honours the period', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await t.db.analyticsEvent.create({
      data: {
        id: 'old-1',
        type: 'guide_view',
        channel: 'web',
        lang: 'bg',
        serviceSlug: 'old-service',
        occurredAt: new Date('2025-01-15T10:00:00Z'),
      },
    });
    const byDay = await analytics.popularity(popularityQuerySchema.parse({ by: 'day' }));
    expect(byDay.rows).toEqual([
      { key: '2025-01-15', count: 1 },
      { key: today, count: 4 },
    ]);
    const byMonth = await analytics.popularity(
      popularityQuerySchema.parse({ by: 'month', from: '2025-01-01', to: '2025-01-31' }),
    );
    expect(byMonth.rows).toEqual([{ key: '2025-01', count: 1 }]);
    expect(await analytics.topServices(10)).not.toContain('old-service');
  });

  it('stores nothing that identifies a person', async () => {
    const columns = Object.keys((await t.db.analyticsEvent.findFirst()) ?? {});
    expect(columns.sort()).toEqual(
      [
        'campaign',
        'channel',
        'detail',
        'district',
        'id',
        'lang',
        'occurredAt',
        'query',
        'serviceSlug',
        'type',
        'value',
      ].sort(),
    );
  });
});
