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

describe('GET /api/services', () => {
  it('lists every service in Bulgarian by default', async () => {
    const res = await request(hub.app).get('/api/services').expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.services[0]).toMatchObject({
      slug: 'property-tax-payment',
      lang: 'bg',
      title: 'property-tax-payment (bg)',
    });
  });

  it.each([
    ['category=civil-registry', ['address-registration']],
    ['lifeEvent=buying-home', ['property-tax-payment']],
    ['district=sredets', ['address-registration']],
    ['district=lozenets', ['address-registration']],
    ['category=taxes&lang=en', ['property-tax-payment', 'waste-fee-payment']],
  ])('filters by %s', async (query, slugs) => {
    const res = await request(hub.app).get(`/api/services?${query}`).expect(200);
    expect(res.body.services.map((s: { slug: string }) => s.slug)).toEqual(slugs);
  });

  it.each([
    ['lang=de', 'lang'],
    ['category=Taxes!', 'category'],
    ['category=no-such', 'category'],
    ['district=atlantis', 'district'],
    ['unknown=1', 'unknown'],
    ['lang=bg&lang=en', 'lang'],
  ])('answers 400 with a code for %s', async (query, field) => {
    const res = await request(hub.app).get(`/api/services?${query}`).expect(400);
    expect(res.body.code).toBe('invalid_request');
    expect(res.body.message).toContain(field);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts/);
  });
});

describe('GET /api/services/:slug', () => {
  it('returns the guide in the asked language', async () => {
    const res = await request(hub.app).get('/api/services/address-registration?lang=en').expect(200);
    expect(res.body).toMatchObject({
      slug: 'address-registration',
      lang: 'en',
      districtDetails: [{ district: 'sredets' }],
    });
    expect(res.body.body).toContain('# address-registration');
  });

  it('answers 404 for an unknown service and 400 for a malformed slug', async () => {
    expect((await request(hub.app).get('/api/services/nothing-here').expect(404)).body.code).toBe(
      'not_found',
    );
    expect((await request(hub.app).get('/api/services/Bad_Slug').expect(400)).body.code).toBe(
      'invalid_request',
    );
  });
});

describe('GET /api/search', () => {
  it('passes the query, language and limit to the knowledge base', async () => {
    const res = await request(hub.app).get('/api/search?q=property%20tax&lang=en&limit=1').expect(200);
    expect(res.body).toMatchObject({ query: 'property tax', lang: 'en', match: 'confident' });
    expect(res.body.results).toHaveLength(1);
  });

  it.each(['', 'q=', 'q=%20%20', `q=${'a'.repeat(201)}`, 'q=x&limit=0', 'q=x&limit=abc'])(
    'rejects %s',
    async (query) => {
      const res = await request(hub.app).get(`/api/search?${query}`).expect(400);
      expect(res.body.code).toBe('invalid_request');
    },
  );
});

describe('reference lists', () => {
  it('lists districts, categories and life events with service counts', async () => {
    expect((await request(hub.app).get('/api/districts').expect(200)).body.districts).toHaveLength(2);
    const categories = (await request(hub.app).get('/api/categories').expect(200)).body.categories;
    expect(categories.map((c: { slug: string; serviceCount: number }) => [c.slug, c.serviceCount])).toEqual([
      ['taxes', 2],
      ['civil-registry', 1],
    ]);
    const events = (await request(hub.app).get('/api/life-events').expect(200)).body.lifeEvents;
    expect(events.map((e: { serviceCount: number }) => e.serviceCount)).toEqual([1, 1]);
  });
});

describe('errors', () => {
  it('answers unknown API paths with a JSON 404', async () => {
    const res = await request(hub.app).get('/api/nope').expect(404);
    expect(res.body).toEqual({ code: 'not_found', message: 'no such endpoint: GET /api/nope' });
  });

  it('answers malformed JSON with 400 and an oversized body with 413, without a stack trace', async () => {
    const bad = await request(hub.app)
      .post('/api/events')
      .set('Content-Type', 'application/json')
      .send('{"type":')
      .expect(400);
    expect(bad.body).toEqual({ code: 'invalid_request', message: 'request body is not valid JSON' });
    const big = await request(hub.app)
      .post('/api/events')
      .send({ type: 'search', channel: 'web', lang: 'bg', query: 'x'.repeat(20_000) })
      .expect(413);
    expect(big.body.code).toBe('payload_too_large');
  });
});
