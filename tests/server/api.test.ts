// The hub API over the real knowledge base, on SQLite and on PostgreSQL.
import { loadKnowledgeBase } from '@hub/knowledge';
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from '@hub/server/src/db/testing.ts';
import { listen, type RunningHub } from '@hub/server/src/http-server.ts';
import { createLogger } from '@hub/server/src/logger.ts';
import { testConfig } from '@hub/server/src/testing/test-config.ts';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const kb = loadKnowledgeBase();

describe.each(TEST_PROVIDERS)('hub API on %s', (provider) => {
  let t: TestDatabase;
  let hub: RunningHub;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    hub = await listen(
      testConfig({ host: '127.0.0.1', port: 0, databaseProvider: provider, databaseUrl: t.url }),
      {
        db: t.db,
        kb,
        logger: createLogger('silent'),
      },
    );
  });
  afterAll(async () => {
    await hub?.close();
    await t?.drop();
  });

  it('GET /healthz is 200', async () => {
    await request(hub.url).get('/healthz').expect(200);
  });

  it('GET /api/services returns all 102 services, in Bulgarian and in English', async () => {
    const bg = (await request(hub.url).get('/api/services').expect(200)).body;
    const en = (await request(hub.url).get('/api/services?lang=en').expect(200)).body;
    expect(bg.total).toBe(102);
    expect(bg.services).toHaveLength(102);
    expect(en.services.map((s: { slug: string }) => s.slug)).toEqual(
      bg.services.map((s: { slug: string }) => s.slug),
    );
    expect(bg.services.find((s: { slug: string }) => s.slug === 'property-tax-payment').title).toMatch(
      /[а-я]/,
    );
    expect(en.services.find((s: { slug: string }) => s.slug === 'property-tax-payment').title).toMatch(
      /tax/i,
    );
  });

  it('GET /api/search?q=danak%20sgrada ranks the property-tax service first', async () => {
    const res = await request(hub.url).get('/api/search?q=danak%20sgrada').expect(200);
    expect(res.body.results[0].slug).toBe('property-tax-payment');
  });

  it('finds the same service from Cyrillic and from English', async () => {
    const bg = await request(hub.url)
      .get(`/api/search?q=${encodeURIComponent('данък сграда')}`)
      .expect(200);
    expect(bg.body.results[0].slug).toBe('property-tax-payment');
    const en = await request(hub.url).get('/api/search?q=property%20tax&lang=en').expect(200);
    expect(en.body.lang).toBe('en');
    expect(en.body.results.map((r: { slug: string }) => r.slug)).toContain('property-tax-payment');
  });

  it('serves every service detail in both languages', async () => {
    const list = (await request(hub.url).get('/api/services').expect(200)).body.services as {
      slug: string;
      depth: string;
      online: unknown;
    }[];
    for (const { slug, depth } of list) {
      for (const lang of ['bg', 'en']) {
        const detail = (await request(hub.url).get(`/api/services/${slug}?lang=${lang}`).expect(200)).body;
        expect([detail.slug, detail.lang]).toEqual([slug, lang]);
        expect(detail.title.length * detail.summary.length).toBeGreaterThan(0);
        expect(detail.depth).toBe(depth);
      }
    }
    expect(list.filter((s) => s.online !== null).length).toBeGreaterThan(0);
  });

  it('filters by every category, life event and district without losing a service', async () => {
    const categories = (await request(hub.url).get('/api/categories').expect(200)).body.categories as {
      slug: string;
      serviceCount: number;
    }[];
    let total = 0;
    for (const c of categories) {
      const res = (await request(hub.url).get(`/api/services?category=${c.slug}`).expect(200)).body;
      expect(res.total).toBe(c.serviceCount);
      total += res.total;
    }
    expect(total).toBe(102);
    const districts = (await request(hub.url).get('/api/districts').expect(200)).body.districts as {
      slug: string;
    }[];
    expect(districts).toHaveLength(24);
    const lifeEvents = (await request(hub.url).get('/api/life-events').expect(200)).body.lifeEvents as {
      slug: string;
      serviceCount: number;
    }[];
    for (const e of lifeEvents) {
      expect((await request(hub.url).get(`/api/services?lifeEvent=${e.slug}`).expect(200)).body.total).toBe(
        e.serviceCount,
      );
    }
  });

  it('answers invalid input with 400 and a code, never a stack trace', async () => {
    for (const path of [
      '/api/search',
      '/api/search?q=',
      '/api/services?lang=xx',
      '/api/services/NOT_A_SLUG',
      '/api/popularity?by=ip',
    ]) {
      const res = await request(hub.url).get(path).expect(400);
      expect(Object.keys(res.body).sort()).toEqual(['code', 'message']);
      expect(res.body.code).toBe('invalid_request');
      expect(res.text).not.toMatch(/\.ts:\d+|at [A-Za-z]+ \(/);
    }
  });

  it('counts events and reports popularity', async () => {
    for (const slug of ['property-tax-payment', 'property-tax-payment', 'current-address-registration']) {
      await request(hub.url)
        .post('/api/events')
        .send({ type: 'click_out', channel: 'web', lang: 'bg', slug })
        .expect(202);
    }
    const res = await request(hub.url).get('/api/popularity?type=click_out&by=service').expect(200);
    expect(res.body.rows[0]).toEqual({ key: 'property-tax-payment', count: 2 });
  });
});
