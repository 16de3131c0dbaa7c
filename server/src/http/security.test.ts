import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db/testing.ts';
import { createLogger } from '../logger.ts';
import { createFakeKnowledgeBase } from '../testing/fake-kb.ts';
import { testConfig } from '../testing/test-config.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('sqlite');
});
afterAll(async () => t?.drop());

const build = (overrides = {}) =>
  createApp(testConfig(overrides), {
    db: t.db,
    kb: createFakeKnowledgeBase(),
    logger: createLogger('silent'),
  }).app;

describe('security basics', () => {
  it('sends a strict CSP and the usual hardening headers', async () => {
    const res = await request(build()).get('/api/districts').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('allows CORS only for allow-listed origins', async () => {
    const app = build();
    const ok = await request(app).get('/api/districts').set('Origin', 'https://widget.example').expect(200);
    expect(ok.headers['access-control-allow-origin']).toBe('https://widget.example');
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
    const other = await request(app).get('/api/districts').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(app)
      .options('/api/events')
      .set('Origin', 'https://widget.example')
      .expect(204);
    expect(preflight.headers['access-control-allow-methods']).toBe('GET,POST');
  });

  it('rate-limits public endpoints with a 429 and a code', async () => {
    const app = build({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) await request(app).get('/api/districts').expect(200);
    const res = await request(app).get('/api/districts').expect(429);
    expect(res.body.code).toBe('rate_limited');
    // Health checks are not limited.
    await request(app).get('/healthz').expect(200);
  });
});
