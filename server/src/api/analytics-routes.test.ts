import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type HubApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db/testing.ts';
import { createLogger } from '../logger.ts';
import { createFakeKnowledgeBase } from '../testing/fake-kb.ts';
import { testConfig } from '../testing/test-config.ts';

let t: TestDatabase;
let hub: HubApp;
beforeAll(async () => {
  t = await createTestDatabase('sqlite');
  hub = createApp(testConfig(), { db: t.db, kb: createFakeKnowledgeBase(), logger: createLogger('silent') });
});
afterAll(async () => t?.drop());

describe('POST /api/events', () => {
  it.each([
    { type: 'search', channel: 'web', lang: 'bg', query: 'данък', resultCount: 3, match: 'confident' },
    { type: 'guide_view', channel: 'kiosk', lang: 'en', slug: 'property-tax-payment', district: 'sredets' },
    { type: 'click_out', channel: 'web', lang: 'bg', slug: 'property-tax-payment', campaign: 'poster-2026' },
    { type: 'video_progress', channel: 'web', lang: 'bg', slug: 'property-tax-payment', percent: 50 },
    { type: 'handoff', channel: 'chat', lang: 'bg', outcome: 'requested' },
    { type: 'feedback', channel: 'web', lang: 'bg', rating: 5 },
    { type: 'kiosk_session', channel: 'kiosk', lang: 'bg', seconds: 120, outcome: 'completed' },
  ])('accepts $type', async (event) => {
    await request(hub.app).post('/api/events').send(event).expect(202, { accepted: true });
  });

  it.each([
    [{ type: 'guide_view', channel: 'web', lang: 'bg' }, 'slug'],
    [{ type: 'teleport', channel: 'web', lang: 'bg' }, 'type'],
    [{ type: 'guide_view', channel: 'fax', lang: 'bg', slug: 'x' }, 'channel'],
    [{ type: 'video_progress', channel: 'web', lang: 'bg', slug: 'x', percent: 33 }, 'percent'],
    [{ type: 'feedback', channel: 'web', lang: 'bg', rating: 6 }, 'rating'],
    [{ type: 'guide_view', channel: 'web', lang: 'bg', slug: 'x', ip: '1.2.3.4' }, 'ip'],
    [{ type: 'guide_view', channel: 'web', lang: 'bg', slug: 'x', userId: 'u1' }, 'userId'],
    [{ type: 'guide_view', channel: 'web', lang: 'bg', slug: 'no-such-service' }, 'no-such-service'],
    [{ type: 'search', channel: 'web', lang: 'bg', query: 'x', district: 'atlantis' }, 'atlantis'],
  ])('rejects %o naming %s', async (event, field) => {
    const res = await request(hub.app).post('/api/events').send(event).expect(400);
    expect(res.body.code).toBe('invalid_request');
    expect(res.body.message).toContain(field);
  });

  it('stores the search text masked', async () => {
    await request(hub.app)
      .post('/api/events')
      .send({ type: 'search', channel: 'web', lang: 'bg', query: 'ЕГН 7523169263' })
      .expect(202);
    const row = await t.db.analyticsEvent.findFirst({ where: { query: { contains: 'ЕГН' } } });
    expect(row?.query).toBe('ЕГН [EGN]');
  });
});

describe('GET /api/popularity', () => {
  it('aggregates what was recorded', async () => {
    const res = await request(hub.app).get('/api/popularity?by=channel&type=guide_view').expect(200);
    expect(res.body).toEqual({
      by: 'channel',
      type: 'guide_view',
      from: null,
      to: null,
      rows: [{ key: 'kiosk', count: 1 }],
    });
  });

  it.each(['by=ip', 'from=2026-13-01', 'from=2026-02-01&to=2026-01-01', 'limit=0'])(
    'rejects %s',
    async (query) => {
      expect((await request(hub.app).get(`/api/popularity?${query}`).expect(400)).body.code).toBe(
        'invalid_request',
      );
    },
  );
});
