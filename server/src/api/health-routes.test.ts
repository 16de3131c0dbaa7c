import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type HubApp } from '../app.ts';
import { createPrismaClient } from '../db/client.ts';
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

describe('health, metrics and OpenAPI', () => {
  it('GET /healthz is 200 when the database answers', async () => {
    await request(hub.app).get('/healthz').expect(200, { status: 'ok', database: 'ok' });
  });

  it('GET /healthz is 503 when the database does not answer', async () => {
    const broken = createPrismaClient('postgresql://nobody@127.0.0.1:1/none');
    const app = createApp(testConfig(), {
      db: broken,
      kb: createFakeKnowledgeBase(),
      logger: createLogger('silent'),
    }).app;
    await request(app).get('/healthz').expect(503, { status: 'unavailable', database: 'down' });
  });

  it('GET /metrics exposes request counters by route pattern, not by raw path', async () => {
    await request(hub.app).get('/api/services/property-tax-payment').expect(200);
    const res = await request(hub.app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(
      /hub_http_requests_total\{method="GET",route="\/api\/services\/:slug",status="200"\} 1/,
    );
    expect(res.text).not.toContain('property-tax-payment');
    expect(res.text).toContain('hub_process_cpu_seconds_total');
  });

  it('GET /api/openapi.json describes every endpoint from the contract schemas', async () => {
    const doc = (await request(hub.app).get('/api/openapi.json').expect(200)).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/services',
        '/api/services/{slug}',
        '/api/search',
        '/api/events',
        '/api/popularity',
        '/api/staff/login',
        '/healthz',
      ]),
    );
    const search = doc.paths['/api/search'].get;
    expect(search.parameters).toContainEqual({
      name: 'q',
      in: 'query',
      required: true,
      schema: { type: 'string', minLength: 1, maxLength: 200 },
    });
    expect(search.responses['400'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ApiError',
    });
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.match(/#\/components\/schemas\/(\w+)/)?.[1];
      expect(name, ref).toBeDefined();
      expect(doc.components.schemas[name!], ref).toBeDefined();
    }
  });
});
