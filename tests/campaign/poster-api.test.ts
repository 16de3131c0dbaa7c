// "Print materials": GET /api/campaign/poster for editors and supervisors, with the campaign kit replaced by a
// fake (the real PDF is tested in poster.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PosterMaker } from '../../server/src/campaign/poster/poster-api.ts';
import { campaignTestApp, ORIGIN, type CampaignTestApp } from './support/hub-app.ts';

let h: CampaignTestApp;
const calls: Parameters<PosterMaker>[0][] = [];
let fail = false;

beforeAll(async () => {
  h = await campaignTestApp({
    poster: async (input) => {
      if (fail) throw new Error('Chromium not found');
      calls.push(input);
      fs.mkdirSync(input.outDir, { recursive: true });
      const file = path.join(input.outDir, `${input.slug}-${input.format}.pdf`);
      fs.writeFileSync(file, `%PDF-1.7 ${input.slug} ${input.format} ${input.english}`);
      return file;
    },
  });
});
afterAll(async () => h?.close());

describe('poster endpoint', () => {
  it('gives an editor the PDF, registers its short link first, and reuses the PDF while nothing changed', async () => {
    const editor = await h.staff('editor');
    const res = await request(h.hub.app)
      .get('/api/campaign/poster?slug=property-tax-payment&format=a3&lang=bg-en&campaign=spring-2027')
      .set('cookie', editor.cookie)
      .buffer(true)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="property-tax-payment-a3-bg-en-[0-9a-z]{8}\.pdf"$/,
    );
    expect(String(res.body)).toBe('%PDF-1.7 property-tax-payment a3 true');
    expect(calls).toEqual([
      expect.objectContaining({
        slug: 'property-tax-payment',
        format: 'a3',
        english: true,
        publicOrigin: ORIGIN,
      }),
    ]);
    // The QR code's link works at once: /s/<code> of the public origin, registered for campaign and placement.
    const link = String(res.headers['x-short-link']);
    expect(link).toMatch(new RegExp(`^${ORIGIN}/s/[0-9a-z]{8}$`));
    const code = link.split('/s/')[1]!;
    expect(await h.t.db.shortLink.findUnique({ where: { code } })).toMatchObject({
      target: '/services/property-tax-payment',
      campaign: 'spring-2027',
      placement: 'a3',
    });
    await request(h.hub.app).get(`/s/${code}`).expect(302);

    const supervisor = await h.staff('supervisor');
    await request(h.hub.app)
      .get('/api/campaign/poster?slug=property-tax-payment&format=a3&lang=bg-en&campaign=spring-2027')
      .set('cookie', supervisor.cookie)
      .expect(200);
    expect(calls).toHaveLength(1);
  });

  it('refuses agents and strangers, validates the query, and says when the poster cannot be made', async () => {
    const url = '/api/campaign/poster?slug=waste-fee-payment&format=banner';
    await request(h.hub.app).get(url).expect(401);
    const agent = await h.staff('agent');
    await request(h.hub.app).get(url).set('cookie', agent.cookie).expect(403);
    const editor = await h.staff('editor');
    const bad = await request(h.hub.app)
      .get('/api/campaign/poster?slug=waste-fee-payment&format=a0')
      .set('cookie', editor.cookie)
      .expect(400);
    expect(bad.body.code).toBe('invalid_request');
    await request(h.hub.app)
      .get('/api/campaign/poster?slug=no-such-guide')
      .set('cookie', editor.cookie)
      .expect(404);
    fail = true;
    const down = await request(h.hub.app).get(url).set('cookie', editor.cookie).expect(503);
    expect(down.body.code).toBe('unavailable');
  });
});
