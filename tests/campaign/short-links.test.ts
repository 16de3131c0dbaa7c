// Campaign short links (/s/<code>): redirect, attribution of the visit and of what follows, refusal of
// anything that is not a page of our own directory.
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortLink } from '../../campaign/src/content/short-link.ts';
import { campaignReach } from '../../server/src/analytics/campaigns.ts';
import { campaignTestApp, cookieFrom, ORIGIN, type CampaignTestApp } from './support/hub-app.ts';

let h: CampaignTestApp;
let editor: { cookie: string; csrf: string };
beforeAll(async () => {
  h = await campaignTestApp();
  editor = await h.staff('editor');
});
afterAll(async () => h?.close());

const createLink = (body: Record<string, unknown>, who = editor) =>
  request(h.hub.app)
    .post('/api/campaign/links')
    .set({ cookie: who.cookie, 'x-csrf-token': who.csrf, origin: ORIGIN })
    .send(body);

const events = (where: Record<string, unknown>) => h.t.db.analyticsEvent.findMany({ where });

describe('campaign short links', () => {
  let code = '';

  it('lets an editor create a link whose code is the one the campaign CLI prints for the same poster', async () => {
    const body = { target: '/services/property-tax-payment', campaign: 'spring-2027', placement: 'tram 5' };
    const res = await createLink(body).expect(201);
    code = res.body.code;
    expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{8}$/);
    expect(res.body).toMatchObject({ ...body, url: `${ORIGIN}/s/${code}`, created: true });
    const cli = shortLink(ORIGIN, 'spring-2027', 'tram 5', {
      path: '/services/property-tax-payment',
    } as Parameters<typeof shortLink>[3]);
    expect(cli.url).toBe(`${ORIGIN}/s/${code}`);
    // The same poster again: the same link, not a second one.
    expect((await createLink(body).expect(200)).body).toMatchObject({ code, created: false });
  });

  it('redirects to the guide, counts the visit with campaign and placement, and sets only the campaign cookie', async () => {
    const res = await request(h.hub.app).get(`/s/${code}`).expect(302);
    expect(res.headers.location).toBe('/services/property-tax-payment');
    expect(res.headers['cache-control']).toBe('no-store');
    const cookie = cookieFrom(res, 'hub_campaign');
    expect(cookie).toBe('hub_campaign=spring-2027');
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    const visits = await events({ type: 'campaign_visit' });
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({
      campaign: 'spring-2027',
      detail: 'tram 5',
      serviceSlug: 'property-tax-payment',
      channel: 'web',
      lang: 'bg',
    });
  });

  it('attributes the guide view and the click-out that follow in the same visit to the campaign', async () => {
    const visit = await request(h.hub.app).get(`/s/${code}`).expect(302);
    const cookie = cookieFrom(visit, 'hub_campaign')!;
    await request(h.hub.app).get('/services/property-tax-payment').set('cookie', cookie).expect(200);
    await request(h.hub.app).get('/go/property-tax-payment').set('cookie', cookie).expect(302);
    // Someone else, not from the poster.
    await request(h.hub.app).get('/services/waste-fee-payment').expect(200);
    await expect.poll(async () => (await events({ type: 'guide_view' })).length).toBe(2);
    expect(await events({ type: 'guide_view', campaign: 'spring-2027' })).toHaveLength(1);
    expect(await events({ type: 'guide_view', campaign: null })).toHaveLength(1);
    expect(await events({ type: 'click_out', campaign: 'spring-2027' })).toHaveLength(1);

    // What the dashboard shows per campaign (server/src/analytics/campaigns.ts).
    const [reach] = await campaignReach(h.t.db, {}, { gte: new Date(0), lt: new Date(Date.now() + 60_000) });
    expect(reach).toMatchObject({ campaign: 'spring-2027', visits: 2, viewed: 1, clickedOut: 1 });
    expect(reach?.placements).toEqual([{ key: 'tram 5', visits: 2 }]);
  });

  it('reads codes as people type them from a poster (capitals, dashes, O for 0, I or L for 1)', async () => {
    const typed = code.toUpperCase().replace(/0/g, 'O').replace(/1/g, 'L');
    const res = await request(h.hub.app)
      .get(`/s/${typed.slice(0, 4)}-${typed.slice(4)}`)
      .expect(302);
    expect(res.headers.location).toBe('/services/property-tax-payment');
  });

  it('answers an unknown code with a friendly page in Bulgarian or English, and counts nothing', async () => {
    const before = (await events({ type: 'campaign_visit' })).length;
    const bg = await request(h.hub.app).get('/s/zzzzzzzz').set('accept', 'text/html').expect(404);
    expect(bg.headers['content-type']).toMatch(/text\/html/);
    expect(bg.text).toContain('Тази връзка не работи');
    expect(bg.text).toContain('<html lang="bg"');
    const en = await request(h.hub.app)
      .get('/s/not-a-code!')
      .set({ accept: 'text/html', 'accept-language': 'en-GB,en;q=0.9' })
      .expect(404);
    expect(en.text).toContain('This link does not work');
    expect(cookieFrom(en, 'hub_campaign')).toBeUndefined();
    expect(await events({ type: 'campaign_visit' })).toHaveLength(before);
  });

  it('takes links from the .link.json files the campaign CLI writes beside its posters', async () => {
    const link = shortLink(ORIGIN, 'metro-2027', 'Serdika station', {
      path: '/life-events/moving-house',
    } as Parameters<typeof shortLink>[3]);
    const posters = path.join(h.dataDir, 'campaign', 'posters');
    fs.mkdirSync(posters, { recursive: true });
    fs.writeFileSync(path.join(posters, `moving-house-a4-${link.code}.link.json`), JSON.stringify(link));
    const res = await request(h.hub.app).get(`/s/${link.code}`).expect(302);
    expect(res.headers.location).toBe('/life-events/moving-house');
    const visit = await events({ type: 'campaign_visit', campaign: 'metro-2027' });
    expect(visit[0]).toMatchObject({ detail: 'Serdika station', serviceSlug: null });
  });

  it('never redirects outside the directory: bad targets are refused on creation and ignored when stored', async () => {
    for (const target of [
      'https://evil.example/services/property-tax-payment',
      '//evil.example/services/property-tax-payment',
      '/services/property-tax-payment/../../x',
      '/\\evil.example',
      '/services/no-such-service',
      '/districts/sredets',
    ]) {
      const res = await createLink({ target, campaign: 'x', placement: 'y' }).expect(400);
      expect(res.body.code).toBe('invalid_request');
    }
    // Written around the API (a hand-edited file, an old row): still not followed.
    const posters = path.join(h.dataDir, 'campaign', 'posters');
    fs.writeFileSync(
      path.join(posters, 'evil.link.json'),
      JSON.stringify({ code: 'evi1evi1', target: 'https://evil.example', campaign: 'x', placement: 'y' }),
    );
    await h.t.db.shortLink.create({
      data: { code: 'bad2bad2', target: '/services/removed-service', campaign: 'x', placement: 'y' },
    });
    for (const c of ['evi1evi1', 'bad2bad2']) {
      const res = await request(h.hub.app).get(`/s/${c}`).set('accept', 'text/html').expect(404);
      expect(res.headers.location).toBeUndefined();
    }
  });

  it('lets only editors and supervisors make links, with the CSRF token, and validates the body', async () => {
    const body = { target: '/services/waste-fee-payment', campaign: 'c', placement: 'p' };
    await request(h.hub.app).post('/api/campaign/links').send(body).expect(401);
    const agent = await h.staff('agent');
    expect((await createLink(body, agent).expect(403)).body.code).toBe('forbidden');
    await request(h.hub.app)
      .post('/api/campaign/links')
      .set({ cookie: editor.cookie, origin: ORIGIN })
      .send(body)
      .expect(403);
    const bad = await createLink({ ...body, campaign: 'has spaces', extra: 1 }).expect(400);
    expect(bad.body.message).toMatch(/campaign|extra/);
    await createLink({ ...body, placement: 'x'.repeat(500) }).expect(400);
    const list = await request(h.hub.app).get('/api/campaign/links').set('cookie', editor.cookie).expect(200);
    expect(list.body.links.map((l: { target: string }) => l.target)).toContain(
      '/services/property-tax-payment',
    );
  });
});
