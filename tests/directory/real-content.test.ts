import { loadKnowledgeBase } from '@hub/knowledge';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { directoryTestApp } from '../../server/src/directory/testing/app.ts';
import { fakeDeps } from '../../server/src/directory/testing/fake-deps.ts';

// The built knowledge base (npm run build): every service must render, in both languages, and be reachable.
const kb = loadKnowledgeBase();
const app = directoryTestApp(fakeDeps({ kb }));

describe('the directory over the real knowledge base', () => {
  it('renders every service page in Bulgarian and English with one h1 and its title', async () => {
    const failures: string[] = [];
    for (const service of kb.services) {
      for (const lang of ['bg', 'en'] as const) {
        const path = `${lang === 'en' ? '/en' : ''}/services/${service.slug}`;
        const res = await request(app).get(path);
        const h1s = res.text.match(/<h1[\s>]/g)?.length ?? 0;
        const title = service.guides[lang].title.replace(/[&<>"']/g, '');
        if (res.status !== 200 || h1s !== 1) failures.push(`${path}: status ${res.status}, ${h1s} h1`);
        else if (!res.text.replace(/&[a-z#0-9]+;/g, '').includes(title.slice(0, 20)))
          failures.push(`${path}: no title`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('links every service from its category page', async () => {
    const unreachable: string[] = [];
    for (const category of kb.categories) {
      const res = await request(app).get(`/categories/${category.slug}`);
      expect(res.status).toBe(200);
      for (const s of kb.services.filter((x) => x.category === category.slug)) {
        if (!res.text.includes(`href="/services/${s.slug}"`)) unreachable.push(s.slug);
      }
    }
    const categorised = new Set(kb.categories.map((c) => c.slug));
    unreachable.push(...kb.services.filter((s) => !categorised.has(s.category)).map((s) => s.slug));
    expect(unreachable).toEqual([]);
  });

  it('redirects every online service to its own e-service URL', async () => {
    for (const service of kb.services.filter((s) => s.guides.bg.online)) {
      const res = await request(app).get(`/go/${service.slug}`);
      expect(res.status, service.slug).toBe(302);
      expect(res.headers.location, service.slug).toBe(service.guides.bg.online!.url);
    }
  });

  it('ranks the property-tax service first for "danak sgrada"', async () => {
    const res = await request(app).get('/search?q=danak%20sgrada');
    const first = /class="service-list__link" href="([^"]+)"/.exec(res.text)?.[1];
    expect(first).toBe('/services/property-tax-payment');
  });

  it('renders every life event and district page', async () => {
    for (const path of [
      ...kb.lifeEvents.map((e) => `/life-events/${e.slug}`),
      ...kb.districts.map((d) => `/en/districts/${d.slug}`),
    ]) {
      expect((await request(app).get(path)).status, path).toBe(200);
    }
  });
});
