// Served media (/media/<slug>/<file>): byte ranges, types, caching, no way out of the media folder; the
// guide page's player with both caption tracks; og: meta and the social card.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERIC_OG_CARD } from '../../server/src/campaign/og/og-cards.ts';
import { buildGuidance } from '../../server/src/helpdesk/guidance.ts';
import { campaignTestApp, ORIGIN, type CampaignTestApp } from './support/hub-app.ts';

const SLUG = 'property-tax-payment';
const VIDEO = randomBytes(10_000);
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), randomBytes(200)]);
const VTT = 'WEBVTT\n\n00:00.000 --> 00:02.000\nЗдравейте\n';
const SECRET = 'TOP-SECRET-DO-NOT-SERVE';

let h: CampaignTestApp;
const ogMade: string[] = [];
let failOg = false;

/** The files `campaign video` writes, with a manifest, in DATA_DIR/media/<slug>/. */
function writeVideo(dataDir: string, slug: string) {
  const dir = path.join(dataDir, 'media', slug);
  fs.mkdirSync(dir, { recursive: true });
  const files = {
    mp4: `${slug}.mp4`,
    webm: `${slug}.webm`,
    poster: 'poster.png',
    captionsBg: 'captions.bg.vtt',
    captionsEn: 'captions.en.vtt',
  };
  fs.writeFileSync(path.join(dir, files.mp4), VIDEO);
  fs.writeFileSync(path.join(dir, files.webm), VIDEO);
  fs.writeFileSync(path.join(dir, files.poster), PNG);
  fs.writeFileSync(path.join(dir, files.captionsBg), VTT);
  fs.writeFileSync(path.join(dir, files.captionsEn), VTT);
  const manifest = { key: 'k1', slug, duration: 42, chapters: [{ step: 1, start: '00:20' }], files };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
}

beforeAll(async () => {
  h = await campaignTestApp({
    og: async (slug, outDir) => {
      if (failOg) throw new Error('no chromium');
      ogMade.push(slug);
      fs.mkdirSync(outDir, { recursive: true });
      fs.writeFileSync(path.join(outDir, 'og.bg.png'), PNG);
      fs.writeFileSync(path.join(outDir, 'og.en.png'), PNG);
    },
  });
  writeVideo(h.dataDir, SLUG);
  fs.writeFileSync(path.join(h.dataDir, 'secrets.json'), SECRET);
  fs.writeFileSync(path.join(h.dataDir, 'media', 'secret.mp4'), SECRET);
  await h.hub.campaign.library.refresh();
});
afterAll(async () => h?.close());

const get = (url: string) => request(h.hub.app).get(url);
/** The page's HTML with runs of white space as one space (templates wrap long tags). */
const html = async (url: string) => (await get(url).expect(200)).text.replace(/\s+/g, ' ');

describe('media serving', () => {
  it('serves a whole video with its type, Accept-Ranges, caching and validators', async () => {
    const res = await get(`/media/${SLUG}/${SLUG}.mp4`).buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('video/mp4');
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.headers.etag).toBeTruthy();
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(Buffer.compare(res.body as Buffer, VIDEO)).toBe(0);
    const webm = await get(`/media/${SLUG}/${SLUG}.webm`).expect(200);
    expect(webm.headers['content-type']).toBe('video/webm');
    const vtt = await get(`/media/${SLUG}/captions.en.vtt`).expect(200);
    expect(vtt.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(vtt.text).toBe(VTT);
    expect((await get(`/media/${SLUG}/poster.png`).expect(200)).headers['content-type']).toBe('image/png');
  });

  it('answers a byte range with 206 and exactly those bytes, and an impossible one with 416', async () => {
    const res = await get(`/media/${SLUG}/${SLUG}.mp4`)
      .set('range', 'bytes=100-199')
      .buffer(true)
      .expect(206);
    expect(res.headers['content-range']).toBe('bytes 100-199/10000');
    expect(res.headers['content-length']).toBe('100');
    expect(Buffer.compare(res.body as Buffer, VIDEO.subarray(100, 200))).toBe(0);
    const tail = await get(`/media/${SLUG}/${SLUG}.mp4`).set('range', 'bytes=-10').buffer(true).expect(206);
    expect(Buffer.compare(tail.body as Buffer, VIDEO.subarray(9_990))).toBe(0);
    const bad = await get(`/media/${SLUG}/${SLUG}.mp4`).set('range', 'bytes=20000-30000').expect(416);
    expect(bad.headers['content-range']).toBe('bytes */10000');
  });

  it('serves the same files under /media/services/<slug>/ (the path the guides’ video field resolves to)', async () => {
    const res = await get(`/media/services/${SLUG}/${SLUG}.mp4`)
      .set('range', 'bytes=0-9')
      .buffer(true)
      .expect(206);
    expect(Buffer.compare(res.body as Buffer, VIDEO.subarray(0, 10))).toBe(0);
  });

  it('never serves anything outside DATA_DIR/media/<slug>/ or of another type', async () => {
    const attempts = [
      '/media/..%2fsecrets.json/x.mp4',
      `/media/${SLUG}/..%2f..%2fsecrets.json`,
      `/media/${SLUG}/..%2Fsecret.mp4`,
      '/media/%2e%2e/secret.mp4',
      `/media/${SLUG}/%2e%2e%2f%2e%2e%2fsecrets.json`,
      `/media/${SLUG}/..%5c..%5csecret.mp4`,
      `/media/${SLUG}/.hidden.mp4`,
      `/media/${SLUG}/manifest.json`,
      `/media/services/..%2f..%2f/secret.mp4`,
      '/media/../secrets.json',
      `/media/${SLUG}/${SLUG}.mp4%00.png`,
      '/media/no-such-guide/x.mp4',
    ];
    for (const url of attempts) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.text ?? '', url).not.toContain(SECRET);
    }
  });

  it('shows the guide page’s player with WebM and MP4, the poster and both caption tracks', async () => {
    const page = await html(`/services/${SLUG}`);
    expect(page).toContain(`<source src="/media/${SLUG}/${SLUG}.webm" type="video/webm" />`);
    expect(page).toContain(`<source src="/media/${SLUG}/${SLUG}.mp4" type="video/mp4" />`);
    expect(page).toContain(`poster="/media/${SLUG}/poster.png"`);
    expect(page).toMatch(
      /<track kind="captions" src="\/media\/[a-z-]+\/captions\.bg\.vtt" srclang="bg" label="Български" default \/>/,
    );
    expect(page).toMatch(
      /<track kind="captions" src="\/media\/[a-z-]+\/captions\.en\.vtt" srclang="en" label="English"\s*\/>/,
    );
    const en = await html(`/en/services/${SLUG}`);
    expect(en).toMatch(/srclang="en" label="English" default/);
    // The help desk's "video at step N" link: the guide page starting the video at that second.
    const atStep = await html(`/services/${SLUG}?t=20`);
    expect(atStep).toContain(`<source src="/media/${SLUG}/${SLUG}.mp4#t=20" type="video/mp4" />`);
    // A guide without a made video has no player.
    expect((await get('/services/waste-fee-payment').expect(200)).text).not.toContain('<video');
  });

  it('gives every surface the video in the guide’s video field (API, kiosk, bot, help desk)', async () => {
    const res = await get(`/api/services/${SLUG}?lang=en`).expect(200);
    expect(res.body.video).toEqual({
      src: `${SLUG}.mp4`,
      captions: 'captions.en.vtt',
      chapters: [{ step: 1, start: '00:20' }],
    });
    expect((await get('/api/services/waste-fee-payment').expect(200)).body.video).toBeUndefined();
    // The help desk's "send the video at step 1": the served file and the guide page starting at the chapter.
    const sent = buildGuidance(h.hub.kb, { slug: SLUG, lang: 'bg', kind: 'video', index: 0 });
    expect(sent.content.data).toMatchObject({ src: `/media/services/${SLUG}/${SLUG}.mp4`, start: 20 });
    expect(JSON.stringify(sent.card)).toContain(`/services/${SLUG}?t=20#video`);
    await get(`/media/services/${SLUG}/${SLUG}.mp4`).expect(200);
  });
});

describe('social cards', () => {
  it('puts og: meta with absolute URLs on guide pages', async () => {
    const page = await html(`/services/${SLUG}`);
    expect(page).toContain(`<meta property="og:image" content="${ORIGIN}/media/${SLUG}/og.bg.png" />`);
    expect(page).toContain(`<meta property="og:url" content="${ORIGIN}/services/${SLUG}" />`);
    expect(page).toMatch(/<meta property="og:title" content="[^"]+" \/>/);
    expect(page).toMatch(/<meta property="og:description" content="[^"]+" \/>/);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image" />');
    const en = await html(`/en/services/${SLUG}`);
    expect(en).toContain(`content="${ORIGIN}/media/${SLUG}/og.en.png"`);
  });

  it('makes the card on first request, keeps it, and serves the generic card when it cannot be made', async () => {
    const first = await get(`/media/${SLUG}/og.bg.png`).buffer(true).expect(200);
    expect(first.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(first.body as Buffer, PNG)).toBe(0);
    await get(`/media/${SLUG}/og.en.png`).expect(200);
    expect(ogMade).toEqual([SLUG]);

    failOg = true;
    const generic = fs.readFileSync(GENERIC_OG_CARD);
    const fallback = await get('/media/waste-fee-payment/og.png').buffer(true).expect(200);
    expect(Buffer.compare(fallback.body as Buffer, generic)).toBe(0);
    expect(fallback.headers['cache-control']).toBe('public, max-age=300');
    expect(generic.subarray(1, 4).toString()).toBe('PNG');
    await get('/media/no-such-guide/og.png').expect(404);
  });
});
