// XSS payloads in every place text is shown: the citizen widget, the help-desk console (queue, conversation,
// notes, canned replies, history, supervision, staff names), the public directory (search, 404), the kiosk's
// continue page, and the exports (CSV, personal-data export). Browsers run with CSP bypassed, so an injection
// would really fire: any dialog or injected element fails the test.
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalUser } from '../../server/src/staff/users.ts';
import { launchChromium } from '../support/browser.ts';
import { call, type Client } from '../helpdesk/support/hub.ts';
import { startSecurityHub, type SecurityHub } from './support/hub.ts';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(2)>',
  '"><script>alert(3)</script>',
  "'><iframe src=javascript:alert(4)>",
  '<a href="javascript:alert(5)">клик</a>',
  '{{constructor.constructor("alert(6)")()}}',
  '</textarea><details open ontoggle=alert(7)>',
];
const MARK = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://evil.example","x")';

let h: SecurityHub;
let browser: Browser;
const dialogs: string[] = [];
const sockets: Client[] = [];

async function citizenWith(bodies: string[], handoff?: { reason?: string }) {
  const socket = await h.citizen();
  sockets.push(socket);
  const { conversationId } = await call<{ conversationId: string }>(socket, 'conversation.start', {
    channel: 'web',
    lang: 'bg',
  });
  for (const [i, body] of bodies.entries())
    await call(socket, 'message.send', {
      conversationId,
      clientMessageId: `xss-${conversationId}-${i}`.slice(0, 60),
      body,
    });
  const handoffId = handoff
    ? (await call<{ handoff: { id: string } }>(socket, 'handoff.request', { conversationId, ...handoff }))
        .handoff.id
    : undefined;
  return { socket, conversationId, handoffId };
}

beforeAll(async () => {
  [h, browser] = await Promise.all([startSecurityHub({ browser: true }), launchChromium()]);
  // A member of staff whose display name is a payload.
  await createLocalUser(h.t.db, {
    email: 'mallory@hub.local',
    displayName: MARK,
    role: 'supervisor',
    password: 'mallory-password-123',
  });
  // A colleague whose name is a spreadsheet formula (the CSV lists agents).
  await createLocalUser(h.t.db, {
    email: 'formula@hub.local',
    displayName: FORMULA,
    role: 'agent',
    password: 'formula-password-123',
  });
  // Waiting: payloads as messages and as the handoff reason.
  await citizenWith(PAYLOADS, { reason: PAYLOADS[1] });
  // Unanswered questions for the supervisor's list and the CSV export.
  await citizenWith([FORMULA], { reason: 'unanswered' });
  await citizenWith([MARK], { reason: 'unanswered' });
  // Claimed by Mallory: notes and replies with payloads; another one closed with a rating comment.
  const mallory = await h.agent('sofia');
  sockets.push(mallory);
  const cookie = await request(h.hub.url)
    .post('/api/staff/login')
    .set('origin', h.origin)
    .send({ email: 'mallory@hub.local', password: 'mallory-password-123' })
    .expect(200);
  const mallorySocket = await import('socket.io-client').then(
    ({ io }) =>
      new Promise<Client>((resolve, reject) => {
        const s: Client = io(h.hub.url, {
          transports: ['websocket'],
          extraHeaders: { origin: h.origin, cookie: String(cookie.headers['set-cookie']).split(';')[0]! },
          reconnection: false,
          forceNew: true,
        });
        sockets.push(s);
        s.once('connect', () => resolve(s));
        s.once('connect_error', reject);
      }),
  );
  for (const [k, agent] of [mallorySocket, mallorySocket].entries()) {
    const c = await citizenWith([PAYLOADS[k]!], {});
    await call(agent, 'helpdesk.claim', { handoffId: c.handoffId });
    await call(agent, 'helpdesk.note.add', { conversationId: c.conversationId, body: PAYLOADS.join(' ') });
    await call(agent, 'message.send', {
      conversationId: c.conversationId,
      clientMessageId: `agent-xss-${k}-0001`,
      body: PAYLOADS.join(' '),
    });
    if (k === 1) {
      await call(agent, 'helpdesk.close', {
        conversationId: c.conversationId,
        resolution: 'resolved',
        note: MARK,
      });
      await call(c.socket, 'csat.submit', {
        conversationId: c.conversationId,
        rating: 1,
        comment: PAYLOADS.join(' '),
      });
    }
  }
  void mallory;
  const sofia = await h.session('supervisor');
  await request(h.hub.url)
    .post('/api/helpdesk/canned')
    .set('origin', h.origin)
    .set('cookie', sofia.cookie)
    .set('x-csrf-token', sofia.csrf)
    .send({ lang: 'bg', shortcut: 'xss-test', title: MARK, body: PAYLOADS.join(' ') })
    .expect(201);
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await browser?.close();
  await h?.close();
});

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, bypassCSP: true, locale: 'bg-BG' });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return page;
}

/** Nothing injected: no handler attributes, no script/iframe/svg from payloads, no javascript: links. */
async function expectClean(page: Page, where: string, shows?: string) {
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      handlers: all
        .filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
        .map((e) => e.outerHTML.slice(0, 80)),
      injected: [...document.querySelectorAll('img[src="x"], svg[onload], iframe, details[ontoggle]')].length,
      scripts: [...document.querySelectorAll('script')].filter((s) => /alert\(/.test(s.textContent ?? ''))
        .length,
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
        (a as HTMLAnchorElement).href.trim().toLowerCase().startsWith('javascript:'),
      ).length,
      text: document.body.innerText,
    };
  });
  expect(found.handlers, where).toEqual([]);
  expect(found.injected + found.scripts + found.jsLinks, where).toBe(0);
  if (shows) expect(found.text, `${where} shows the payload as text`).toContain(shows);
  expect(dialogs, where).toEqual([]);
}

describe('XSS payloads are shown as text everywhere', () => {
  it('help-desk console: queue, conversation, notes, canned replies, history, supervision, staff names', async () => {
    const page = await newPage();
    await page.goto(`${h.hub.url}/helpdesk`);
    await page.fill('#login-email', 'mallory@hub.local');
    await page.fill('#login-password', 'mallory-password-123');
    await page.click('button[type=submit]');
    await page.waitForSelector('.topbar');
    await page.locator('.qcard').first().waitFor();
    await expectClean(page, 'queue', MARK);
    await page.click('#view-active');
    await page.locator('.qcard').first().click();
    await page.waitForSelector('.transcript .msg-agent');
    await page.locator('.note').first().waitFor();
    await expectClean(page, 'conversation with notes', PAYLOADS[2]);
    const canned = await page.locator('select option', { hasText: 'img src' }).count();
    expect(canned, 'the canned reply title is an option, as text').toBeGreaterThan(0);
    await page.click('#view-history');
    await page.locator('.qcard').first().click();
    await page.waitForSelector('.transcript');
    await expectClean(page, 'history');
    await page.getByRole('button', { name: 'Наблюдение' }).click();
    await page.waitForSelector('.kpis');
    await expectClean(page, 'supervision (unanswered questions, agents)', MARK);
    await page.context().close();
  });

  it('citizen widget: the citizen’s own payloads, the bot’s and an agent’s answers', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(`${h.hub.url}/services/heirs-certificate`);
    await page.getByRole('button', { name: 'Попитайте асистента' }).click();
    for (const p of PAYLOADS.slice(0, 4)) {
      await page.getByLabel('Вашият въпрос').fill(p);
      await page.keyboard.press('Enter');
      await page.locator('.hubchat-msg--citizen', { hasText: p }).waitFor();
    }
    await page.locator('.hubchat-msg--bot').last().waitFor();
    await expectClean(page, 'widget', MARK);
    await page.context().close();
  });

  it('public directory: search, English search, a missing page; the kiosk continue page', async () => {
    const page = await newPage();
    for (const p of PAYLOADS.slice(0, 3)) {
      const q = encodeURIComponent(p);
      for (const url of [`/search?q=${q}`, `/en/search?q=${q}`, `/services/${q}`, `/continue#${q}`]) {
        const res = await page.goto(`${h.hub.url}${url}`);
        expect(res?.status(), url).toBeLessThan(500);
        await expectClean(page, url);
      }
    }
    // Raw HTML, every payload: never echoed unescaped.
    for (const p of PAYLOADS)
      for (const url of ['/search?q=', '/en/search?q=', '/services/', '/no-such-page/']) {
        const page = await request(h.hub.url).get(`${url}${encodeURIComponent(p)}`);
        expect(page.status, url).toBeLessThan(500);
        expect(page.text, `${url}${p}`).not.toContain(p);
      }
    const html = (await request(h.hub.url).get(`/search?q=${encodeURIComponent(MARK)}`)).text;
    expect(html).not.toContain(MARK);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    await page.context().close();
  });

  it('exports: CSV cells cannot start a formula, files are attachments, JSON is never sniffed as HTML', async () => {
    const sofia = await h.session('supervisor');
    const csv = await request(h.hub.url)
      .get('/api/helpdesk/stats.csv')
      .set('cookie', sofia.cookie)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment/);
    expect(csv.headers['x-content-type-options']).toBe('nosniff');
    expect(csv.text).toContain('HYPERLINK');
    const cells = (text: string) => text.split(/\r?\n|,/).map((c) => c.replace(/^"/, ''));
    for (const cell of cells(csv.text))
      expect(cell, 'a cell that a spreadsheet would run').not.toMatch(/^[=+\-@\t\r]/);
    const insights = await request(h.hub.url).get('/api/analytics/insights.csv').set('cookie', sofia.cookie);
    if (insights.status === 200)
      for (const cell of cells(insights.text)) expect(cell, 'insights CSV').not.toMatch(/^[=+\-@\t\r]/);
    const json = await request(h.hub.url).get(`/api/search?q=${encodeURIComponent(MARK)}`);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['x-content-type-options']).toBe('nosniff');
    const missing = await request(h.hub.url).get(`/api/${encodeURIComponent(MARK)}`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
  });
});
