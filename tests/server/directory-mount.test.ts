// The public directory mounted in the hub: pages after the API, click-outs counted by the hub's analytics.
import { loadKnowledgeBase } from '@hub/knowledge';
import type { DirectoryMount } from '@hub/server/src/app.ts';
import { createTestDatabase, type TestDatabase } from '@hub/server/src/db/testing.ts';
import { createDirectoryRouter, directoryNotFound } from '@hub/server/src/directory/index.ts';
import { loadDirectory } from '@hub/server/src/directory-loader.ts';
import { listen, type RunningHub } from '@hub/server/src/http-server.ts';
import { createLogger } from '@hub/server/src/logger.ts';
import { testConfig } from '@hub/server/src/testing/test-config.ts';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Compile-time check that the directory's factory fits what the hub mounts.
const mount: DirectoryMount = { router: createDirectoryRouter, notFound: directoryNotFound };

let t: TestDatabase;
let hub: RunningHub;
beforeAll(async () => {
  t = await createTestDatabase('sqlite');
  hub = await listen(testConfig({ host: '127.0.0.1', port: 0 }), {
    db: t.db,
    kb: loadKnowledgeBase(),
    logger: createLogger('silent'),
    directory: mount,
  });
});
afterAll(async () => {
  await hub?.close();
  await t?.drop();
});

describe('the directory inside the hub', () => {
  it('is found by the loader that npm start uses', async () => {
    const loaded = await loadDirectory();
    expect(loaded?.router).toBe(createDirectoryRouter);
  });

  it('serves the home page in HTML under the strict CSP, while /api and /healthz keep answering JSON', async () => {
    const home = await request(hub.url).get('/').expect(200);
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.headers['content-security-policy']).toContain("script-src 'self'");
    expect(home.text).not.toMatch(/<script>(?!<\/script>)|style="/);
    await request(hub.url).get('/healthz').expect(200);
    expect((await request(hub.url).get('/api/nothing').expect(404)).body.code).toBe('not_found');
  });

  it('counts a click-out in the analytics store before redirecting to the e-service', async () => {
    const res = await request(hub.url).get('/go/property-tax-payment').expect(302);
    expect(res.headers.location).toMatch(/^https:\/\//);
    const counted = await t.db.analyticsEvent.count({
      where: { type: 'click_out', serviceSlug: 'property-tax-payment', channel: 'web' },
    });
    expect(counted).toBe(1);
    const popularity = await request(hub.url).get('/api/popularity?type=click_out').expect(200);
    expect(popularity.body.rows).toEqual([{ key: 'property-tax-payment', count: 1 }]);
  });

  it('records guide views that rank the most-used services', async () => {
    for (let i = 0; i < 3; i++)
      await request(hub.url).get('/services/current-address-registration').expect(200);
    await request(hub.url).get('/en/services/property-tax-payment').expect(200);
    // Page views are recorded without holding up the page: wait until all four are stored.
    const deadline = Date.now() + 5_000;
    while (
      (await t.db.analyticsEvent.count({ where: { type: 'guide_view' } })) < 4 &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const popularity = await request(hub.url).get('/api/popularity?type=guide_view&by=service').expect(200);
    expect(popularity.body.rows).toEqual([
      { key: 'current-address-registration', count: 3 },
      { key: 'property-tax-payment', count: 1 },
    ]);
  });
});
