import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { favicon, stylesheets } from './assets.ts';
import { directoryTestApp } from './testing/app.ts';
import { fakeDeps } from './testing/fake-deps.ts';
import { fakeKnowledgeBase, makeService } from './testing/fake-knowledge.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('directory pages', () => {
  it.each([
    ['/', 'bg'],
    ['/en', 'en'],
    ['/categories/civil-status', 'bg'],
    ['/en/categories/local-taxes', 'en'],
    ['/life-events/relative-died', 'bg'],
    ['/services', 'bg'],
    ['/services/heirs-certificate', 'bg'],
    ['/en/services/tourist-tax', 'en'],
    ['/districts', 'bg'],
    ['/en/districts/lozenets', 'en'],
    ['/search?q=наследници', 'bg'],
    ['/en/search', 'en'],
  ])('GET %s → 200 HTML in %s', async (path, lang) => {
    const res = await request(directoryTestApp(fakeDeps())).get(path);
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain(`<html lang="${lang}">`);
    expect(res.text.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(res.text).toContain('id="chat-widget-slot"');
    expect(res.text).not.toMatch(/<script(?! src="\/apps\/widget\/widget\.js")/i);
    expect(res.text).not.toMatch(/\sstyle=/i);
  });

  it.each([
    '/services/no-such-service',
    '/categories/nope',
    '/life-events/nope',
    '/districts/nope',
    '/en/services/nope',
    '/totally/unknown',
  ])('GET %s → 404 page', async (path) => {
    const res = await request(directoryTestApp(fakeDeps())).get(path);
    expect(res.status).toBe(404);
    expect(res.text).toContain(path.startsWith('/en') ? 'Page not found' : 'Страницата не е намерена');
  });

  it('links each page to the same page in the other language', async () => {
    const app = directoryTestApp(fakeDeps());
    const bg = await request(app).get('/services/heirs-certificate');
    expect(bg.text).toMatch(
      /href="\/en\/services\/heirs-certificate"\s+lang="en"\s+hreflang="en"\s*>\s*English\s*</,
    );
    const en = await request(app).get('/en/services/heirs-certificate');
    expect(en.text).toContain('Certificate of heirs');
    expect(en.text).toContain('Go to the e-service');
    expect(en.text).toMatch(
      /href="\/services\/heirs-certificate"\s+lang="bg"\s+hreflang="bg"\s*>\s*Български\s*</,
    );
    const search = await request(app).get('/search?q=' + encodeURIComponent('данък & такси'));
    expect(search.text).toContain(
      'href="/en/search?q=%D0%B4%D0%B0%D0%BD%D1%8A%D0%BA%20%26%20%D1%82%D0%B0%D0%BA%D1%81%D0%B8"',
    );
  });

  it('escapes hostile content everywhere it is shown', async () => {
    const hostile = makeService('heirs-certificate', {
      bg: {
        title: HOSTILE,
        summary: `"><script>alert(2)</script>`,
        documents: [HOSTILE],
        steps: [
          { title: HOSTILE, text: HOSTILE },
          { title: 'a', text: 'b' },
        ],
        body: `## ${HOSTILE}\n\n[click](javascript:alert(3))`,
        sources: [{ title: HOSTILE, url: 'https://example.bg/?a="><b>' }],
      },
    });
    const app = directoryTestApp(fakeDeps({ kb: fakeKnowledgeBase([hostile]), top: ['heirs-certificate'] }));
    for (const path of [
      '/services/heirs-certificate',
      '/',
      '/categories/civil-status',
      `/search?q=${encodeURIComponent(HOSTILE)}`,
    ]) {
      const res = await request(app).get(path);
      expect(res.text, path).not.toContain('<img src=x');
      expect(res.text, path).not.toMatch(/<script(?! src="\/apps\/widget\/widget\.js")/i);
      expect(res.text, path).not.toContain('javascript:');
      expect(res.text, path).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('shows the measured most-used services, or a labelled fallback when there is no data', async () => {
    const measured = await request(directoryTestApp(fakeDeps({ top: ['tourist-tax', 'unknown-slug'] }))).get(
      '/',
    );
    expect(measured.text).toContain('Най-използвани услуги');
    expect(measured.text).toContain('href="/services/tourist-tax"');
    const fallback = await request(directoryTestApp(fakeDeps())).get('/en');
    expect(fallback.text).toContain('Commonly needed services');
    expect(fallback.text).toContain('We are still collecting data');
    expect(fallback.text).toContain('href="/en/services/property-tax-payment"');
  });

  it('renders the guide: steps as a numbered list, fees in EUR with the tier, eAuth in plain words', async () => {
    const res = await request(directoryTestApp(fakeDeps())).get('/services/heirs-certificate');
    expect(res.text).toMatch(/<ol class="steps">/);
    expect(res.text).toMatch(/2,56\s€/);
    expect(res.text).toContain('Обикновена');
    expect(res.text).toContain('квалифициран електронен подпис');
    expect(res.text).toContain('href="/go/heirs-certificate"');
    expect(res.text).toContain('28 ноември 2026 г.');
  });

  it('shows the how-to video with captions in the page language when it exists', async () => {
    const video = { src: 'how-to.mp4', captions: 'en.vtt', chapters: [{ step: 1, start: '00:00' }] };
    const service = makeService('heirs-certificate', { en: { video } });
    const res = await request(directoryTestApp(fakeDeps({ kb: fakeKnowledgeBase([service]) }))).get(
      '/en/services/heirs-certificate',
    );
    expect(res.text).toMatch(/<video[^>]+src="\/media\/services\/heirs-certificate\/how-to.mp4"/);
    expect(res.text).toMatch(
      /<track\s+kind="captions"\s+src="\/media\/services\/heirs-certificate\/en.vtt"\s+srclang="en"/,
    );
    const bg = await request(directoryTestApp(fakeDeps({ kb: fakeKnowledgeBase([service]) }))).get(
      '/services/heirs-certificate',
    );
    expect(bg.text).not.toContain('<video');
  });

  it('gives directory-depth services a shorter page without the e-service button when there is none', async () => {
    const res = await request(directoryTestApp(fakeDeps())).get('/en/services/tourist-tax');
    expect(res.text).toContain('A full guide to this service is being written');
    expect(res.text).toContain('You cannot apply for this service online');
    expect(res.text).not.toContain('/go/tourist-tax');
    expect(res.text).not.toContain('id="steps"');
  });

  it('shows district details chosen with the GET form, and says so for an unknown district', async () => {
    const app = directoryTestApp(fakeDeps());
    const chosen = await request(app).get('/services/heirs-certificate?district=sredets');
    expect(chosen.text).toMatch(/<option value="sredets"\s+selected>\s*Средец\s*<\/option>/);
    expect(chosen.text).toContain('Район „Средец“');
    expect(chosen.text).toContain('02 123 4567');
    const unknown = await request(app).get('/services/heirs-certificate?district=%3Cx%3E');
    expect(unknown.status).toBe(200);
    expect(unknown.text).toContain('Не намерихме този район');
  });

  it('offers every district for a district-office service, with their general contacts', async () => {
    const res = await request(directoryTestApp(fakeDeps())).get(
      '/en/services/heirs-certificate?district=lozenets',
    );
    expect(res.text).toMatch(/<option value="lozenets"\s+selected>/);
    expect(res.text).toContain('2 Vasil Levski Blvd');
    expect(res.text).toContain('Check with the district');
  });

  it('offers only the districts with details when the service is not handled by district offices', async () => {
    const service = makeService('heirs-certificate', {
      bg: {
        inPerson: { where: 'Център', districtOffice: false },
        districts: [{ district: 'lozenets', note: 'Само с предварителен час' }],
      },
    });
    const app = directoryTestApp(fakeDeps({ kb: fakeKnowledgeBase([service]) }));
    const res = await request(app).get('/services/heirs-certificate?district=lozenets');
    expect(res.text).toContain('Само с предварителен час');
    expect(res.text).not.toContain('<option value="sredets"');
    const none = makeService('heirs-certificate', { bg: { inPerson: null, districts: [] } });
    const plain = await request(directoryTestApp(fakeDeps({ kb: fakeKnowledgeBase([none]) }))).get(
      '/services/heirs-certificate',
    );
    expect(plain.text).not.toContain('id="district-details"');
  });

  it('says "check with the district" where district data is missing', async () => {
    const res = await request(directoryTestApp(fakeDeps())).get('/districts/lozenets');
    expect(res.text.match(/Проверете в района/g)?.length).toBe(4);
    const known = await request(directoryTestApp(fakeDeps())).get('/en/districts/sredets');
    expect(known.text).toContain('href="mailto:office@example.bg"');
    expect(known.text).toContain('href="tel:020000000"');
  });

  it('serves the fingerprinted stylesheet with long caching, and 404s other names', async () => {
    const app = directoryTestApp(fakeDeps());
    const home = await request(app).get('/');
    expect(home.text).toContain(`<link rel="stylesheet" href="${stylesheets.site.url}"`);
    expect(home.text).toContain(`<link rel="stylesheet" href="${stylesheets.print.url}" media="print"`);
    const css = await request(app).get(stylesheets.site.url);
    expect(css.status).toBe(200);
    expect(css.type).toBe('text/css');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request(app).get('/static/directory/site.css')).status).toBe(404);
    expect((await request(app).get(favicon.url)).type).toBe('image/svg+xml');
  });
});

describe('search page', () => {
  it('records the search and lists confident results', async () => {
    const deps = fakeDeps();
    const res = await request(directoryTestApp(deps)).get('/en/search?q=heirs');
    expect(res.text).toContain('Best match');
    expect(res.text).toContain('href="/en/services/heirs-certificate"');
    expect(deps.events).toEqual([{ type: 'search', query: 'heirs', lang: 'en', channel: 'web' }]);
  });

  it('shows weak matches under "did you mean"', async () => {
    const res = await request(directoryTestApp(fakeDeps())).get('/en/search?q=deceased');
    expect(res.text).toContain('<h2 class="section__title" id="did-you-mean">Did you mean</h2>');
    expect(res.text).toContain('href="/en/services/heirs-certificate"');
  });

  it('helps when nothing matches: tips, categories and life events', async () => {
    const res = await request(directoryTestApp(fakeDeps())).get('/search?q=' + encodeURIComponent('жираф'));
    expect(res.status).toBe(200);
    expect(res.text).toContain('Няма услуги за „жираф“');
    expect(res.text).toContain('Проверете как е написана думата');
    expect(res.text).toContain('href="/categories/local-taxes"');
    expect(res.text).toContain('href="/life-events/relative-died"');
  });

  it('does not record empty searches, and ignores repeated q parameters', async () => {
    const deps = fakeDeps();
    const app = directoryTestApp(deps);
    expect((await request(app).get('/search?q=%20%20')).status).toBe(200);
    expect((await request(app).get('/search?q=a&q=b')).status).toBe(200);
    expect(deps.events).toEqual([]);
  });
});

describe('analytics', () => {
  it('records a guide view per service page', async () => {
    const deps = fakeDeps();
    await request(directoryTestApp(deps)).get('/en/services/heirs-certificate');
    expect(deps.events).toEqual([
      { type: 'guide_view', slug: 'heirs-certificate', lang: 'en', channel: 'web' },
    ]);
  });

  it('still renders every page when recording fails or popularity is unavailable', async () => {
    const deps = fakeDeps({ failRecording: true });
    deps.topServices = () => Promise.reject(new Error('db down'));
    const app = directoryTestApp(deps);
    for (const path of ['/', '/services/heirs-certificate', '/search?q=heirs']) {
      expect((await request(app).get(path)).status, path).toBe(200);
    }
    const go = await request(app).get('/go/heirs-certificate');
    expect(go.status).toBe(302);
  });

  it('still renders when recordEvent throws synchronously', async () => {
    const deps = fakeDeps();
    deps.recordEvent = () => {
      throw new Error('sync failure');
    };
    expect((await request(directoryTestApp(deps)).get('/services/heirs-certificate')).status).toBe(200);
  });
});

describe('e-service redirect', () => {
  it('records the click-out, then redirects to the guide URL only', async () => {
    const deps = fakeDeps();
    const res = await request(directoryTestApp(deps)).get('/go/heirs-certificate?url=https://evil.example');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('https://usl.sofia.bg/ePortal');
    expect(deps.events).toEqual([
      { type: 'click_out', slug: 'heirs-certificate', lang: 'bg', channel: 'web' },
    ]);
  });

  it('does not hold the citizen when the analytics store hangs', async () => {
    const deps = fakeDeps();
    deps.recordEvent = () => new Promise<void>(() => undefined);
    const started = Date.now();
    const res = await request(directoryTestApp(deps)).get('/go/heirs-certificate');
    expect(res.status).toBe(302);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('uses the English guide URL under /en', async () => {
    const service = makeService('heirs-certificate', {
      en: { online: { url: 'https://usl.sofia.bg/ePortal?lang=en', label: 'Apply', eauth: 'none' } },
    });
    const deps = fakeDeps({ kb: fakeKnowledgeBase([service]) });
    const res = await request(directoryTestApp(deps)).get('/en/go/heirs-certificate');
    expect(res.headers.location).toBe('https://usl.sofia.bg/ePortal?lang=en');
    expect(deps.events[0]).toMatchObject({ type: 'click_out', lang: 'en' });
  });

  it.each(['/go/unknown-service', '/go/tourist-tax', '/go/%2F%2Fevil.example', '/go/'])(
    'refuses %s with 404 and records nothing',
    async (path) => {
      const deps = fakeDeps();
      const res = await request(directoryTestApp(deps)).get(path);
      expect(res.status).toBe(404);
      expect(res.headers.location).toBeUndefined();
      expect(deps.events).toEqual([]);
    },
  );
});
