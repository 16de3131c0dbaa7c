import fs from 'node:fs';
import type { MessageDto, WalkthroughDto } from '@hub/contract';
import { loadKnowledgeBase } from '@hub/knowledge';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtAppsDir } from '../helpdesk/support/apps.ts';
import { call, next, startTestHub, type Client, type TestHub } from '../helpdesk/support/hub.ts';
import { launchChromium } from '../support/browser.ts';
import { seriousViolations } from './support/axe.ts';
import { buildKioskScreens, LANDSCAPE, openKiosk, PORTRAIT } from './support/kiosk-page.ts';

// The kiosk screens (preload API from the shim, which runs main's device link) against a real hub that also
// serves them at /apps/kiosk/; an agent over socket.io; a phone in a second browser context.
const SHOTS = '/tmp/shots/kiosk-fleet';
let h: TestHub;
let browser: Browser;
let staff: { cookie: string; csrf: string };
const opened: { page: Page; errors: string[] }[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await buildKioskScreens();
  [h, browser] = await Promise.all([
    startTestHub({ kb: loadKnowledgeBase(), appsDir: builtAppsDir(), directory: true }),
    launchChromium(),
  ]);
  staff = await h.login('sofia');
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});
afterEach(async () => {
  for (const { page, errors } of opened.splice(0)) {
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

/** supertest's request by method name (so the chain below is one expression). */
const requestFor = (method: 'get' | 'post' | 'delete', path: string) => request(h.hub.url)[method](path);

const asSupervisor = (method: 'get' | 'post', path: string) =>
  requestFor(method, path)
    .set('origin', h.origin)
    .set('cookie', staff.cookie)
    .set('x-csrf-token', staff.csrf);

async function kiosk(deviceId: string, viewport = PORTRAIT): Promise<Page> {
  const { deviceToken } = (
    await asSupervisor('post', '/api/kiosk/devices')
      .send({ id: deviceId, name: 'Фоайе', district: 'sredets', location: 'Партер, до входа' })
      .expect(201)
  ).body as { deviceToken: string };
  const o = await openKiosk(browser, h.hub.url, {
    pageUrl: `${h.hub.url}/apps/kiosk/index.html`,
    deviceToken,
    viewport,
    device: { deviceId, location: 'Партер, до входа' },
  });
  opened.push(o);
  // The device is in its room (pushes reach it at once) and has sent its first heartbeat.
  await expect.poll(() => h.hub.io.of('/kiosk').adapter.rooms.get(`device:${deviceId}`)?.size).toBe(1);
  await expect
    .poll(async () => (await h.t.db.kioskDevice.findUnique({ where: { id: deviceId } }))?.lastSeenAt)
    .toBeTruthy();
  return o.page;
}

async function axeClean(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

describe('kiosk fleet: pushes, walkthroughs and continue on the phone (real hub)', () => {
  it('shows a message staff pushed to this kiosk, and not one pushed to another', async () => {
    const page = await kiosk('lobby-push');
    await asSupervisor('post', '/api/kiosk/push')
      .send({ kind: 'notice', deviceId: 'some-other', notice: { text: 'Не за този киоск' } })
      .expect(404);
    await asSupervisor('post', '/api/kiosk/devices')
      .send({ id: 'lobby-other', name: 'Друг', district: 'sredets' })
      .expect(201);
    await asSupervisor('post', '/api/kiosk/push')
      .send({ kind: 'notice', deviceId: 'lobby-other', notice: { text: 'Не за този киоск' } })
      .expect(201);
    await asSupervisor('post', '/api/kiosk/push')
      .send({ kind: 'notice', deviceId: 'lobby-push', notice: { text: 'Днес гишетата работят до 16:00 ч.' } })
      .expect(201);
    const banner = page.locator('.notice-banner');
    await expect.poll(() => banner.textContent()).toBe('Днес гишетата работят до 16:00 ч.');
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/notice-attract-portrait.png` });
    // A settings change: the attract screen (nobody using the kiosk) switches its default language.
    await asSupervisor('post', '/api/kiosk/push')
      .send({ kind: 'config', deviceId: 'lobby-push', config: { lang: 'en', idleTimeoutSeconds: 300 } })
      .expect(201);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.evaluate(() => document.title)).not.toBe('Услуги на Столична община');
    await page.getByRole('button', { name: 'Български' }).click();
    await page.locator('.home, .content').first().waitFor();
    await expect.poll(() => banner.isVisible()).toBe(true);
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/notice-home-portrait.png` });
    await page.setViewportSize(LANDSCAPE);
    await page.screenshot({ path: `${SHOTS}/notice-home-landscape.png` });
  });

  it('call staff: tagged with the kiosk; a walkthrough ticked on the kiosk; the chat continues on a phone', async () => {
    const page = await kiosk('lobby-chat');
    await page.getByRole('button', { name: 'Български' }).click();
    await page.locator('[data-life-event="relative-died"]').click();
    await page.locator('[data-service="heirs-certificate"]').click();
    await page.locator('[data-action="staff"]').click();
    await expect.poll(() => page.locator('.chat-status').textContent()).toMatch(/изчакайте/i);

    // The help desk sees a kiosk conversation tagged with the district and the kiosk's place.
    const handoff = await h.t.db.handoffRequest.findFirstOrThrow({
      where: { state: 'requested' },
      include: { conversation: true },
    });
    expect(handoff.conversation).toMatchObject({ channel: 'kiosk', district: 'sredets' });
    expect(handoff.reason).toBe('Kiosk lobby-chat (Партер, до входа)');
    expect(handoff.serviceSlug).toBe('heirs-certificate');

    const ana: Client = await h.agent('ana');
    await call(ana, 'helpdesk.claim', { handoffId: handoff.id });
    await call(ana, 'message.send', {
      conversationId: handoff.conversationId,
      clientMessageId: 'ana-kiosk-0001',
      body: 'Здравейте, аз съм Ана. Ще ви покажа стъпките.',
    });
    await page.locator('.chat-from-agent', { hasText: 'аз съм Ана' }).waitFor();
    const { walkthrough } = await call<{ walkthrough: WalkthroughDto }>(ana, 'helpdesk.walkthrough.start', {
      conversationId: handoff.conversationId,
      slug: 'heirs-certificate',
    });
    const checklist = page.locator(`[data-walkthrough="${walkthrough.id}"]`);
    await checklist.waitFor();
    expect(await checklist.locator('.walk-step').count()).toBe(walkthrough.stepCount);
    const progressed = next<WalkthroughDto>(ana, 'walkthrough.progressed');
    await checklist.locator('[data-step="0"]').tap();
    expect(await progressed).toMatchObject({ id: walkthrough.id, done: [0] });
    await expect.poll(() => checklist.locator('[data-step="0"]').isChecked()).toBe(true);
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/walkthrough-portrait.png` });
    await page.setViewportSize(LANDSCAPE);
    await page.screenshot({ path: `${SHOTS}/walkthrough-landscape.png` });
    await page.setViewportSize(PORTRAIT);

    // Continue on the phone: the QR holds a single-use code, never the citizen token.
    await page.locator('[data-action="chat-phone"]').click();
    const qr = page.locator('.chat-phone .qr');
    await qr.waitFor();
    const url = (await qr.getAttribute('data-qr-text'))!;
    expect(url).toMatch(new RegExp(`^${h.hub.url}/continue#[A-Za-z0-9_-]{32}$`));
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/continue-qr-portrait.png` });
    await page.setViewportSize(LANDSCAPE);
    await page.screenshot({ path: `${SHOTS}/continue-qr-landscape.png` });
    await page.setViewportSize(PORTRAIT);

    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'bg-BG' });
    const phone = await phoneContext.newPage();
    await phone.goto(url);
    await phone.waitForURL(`${h.hub.url}/services/heirs-certificate`);
    const widget = phone.locator('.hubchat');
    await widget.locator('.hubchat-msg--agent', { hasText: 'аз съм Ана' }).waitFor();
    const heard = next<MessageDto>(ana, 'message.created');
    await phone.getByLabel('Вашият въпрос').fill('Пиша от телефона си');
    await phone.keyboard.press('Enter');
    expect(await heard).toMatchObject({
      conversationId: handoff.conversationId,
      body: 'Пиша от телефона си',
    });
    await phone.screenshot({ path: `${SHOTS}/phone-continued.png` });

    // The code worked once: a second scan (or a photo of the screen) gets a calm explanation.
    const again = await phoneContext.newPage();
    await again.goto(url);
    await again.locator('#failed').waitFor({ state: 'visible' });
    await again.screenshot({ path: `${SHOTS}/phone-code-used.png` });
    await phoneContext.close();

    // The visitor leaves the kiosk; the phone keeps the conversation open.
    await page.locator('[data-action="staff-end"], .chat-head .button').last().click();
    await expect
      .poll(
        async () => (await h.t.db.conversation.findUnique({ where: { id: handoff.conversationId } }))?.status,
      )
      .toBe('handoff');
  });

  it('the idle reset leaves the chat: a visitor still waiting for staff is taken out of the queue', async () => {
    const page = await kiosk('lobby-idle');
    await page.getByRole('button', { name: 'Български' }).click();
    await page.locator('[data-action="staff"]').click();
    await expect.poll(() => page.locator('.chat-status').textContent()).toMatch(/изчакайте/i);
    const handoff = await h.t.db.handoffRequest.findFirstOrThrow({
      where: { state: 'requested', reason: { contains: 'lobby-idle' } },
    });
    // What main sends the screens when the countdown runs out (before it wipes storage and reloads them).
    await page.evaluate(() =>
      (window as unknown as { __kioskShim: { emit(e: unknown): void } }).__kioskShim.emit({
        type: 'reset',
        reason: 'idle',
      }),
    );
    await expect
      .poll(async () => (await h.t.db.handoffRequest.findUnique({ where: { id: handoff.id } }))?.state)
      .toBe('cancelled');
    const conversation = await h.t.db.conversation.findUnique({ where: { id: handoff.conversationId } });
    expect(conversation?.status).toBe('closed');
    await page.locator('.attract').waitFor();
  });

  it('supervisors see each kiosk health and push a message from the help desk (bg and en)', async () => {
    await kiosk('lobby-health', LANDSCAPE);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'bg-BG' });
    const page = await context.newPage();
    await page.goto(`${h.hub.url}/helpdesk`);
    await page.fill('#login-email', 'sofia@hub.local');
    await page.fill('#login-password', 'sofia-password-123');
    await page.click('button[type=submit]');
    await page
      .getByRole('link', { name: 'Наблюдение' })
      .or(page.getByRole('button', { name: 'Наблюдение' }))
      .first()
      .click();
    const row = page.locator('[data-kiosk="lobby-health"]');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/На линия[\s\S]*0\.1\.0-test/);
    const fleet = page.locator('.kiosk-fleet');
    await fleet.scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await fleet.screenshot({ path: `${SHOTS}/helpdesk-kiosks-bg.png` });

    await fleet.getByRole('combobox', { name: /^До/ }).selectOption('lobby-health');
    await fleet.getByLabel('Текст на съобщението').fill('Гишето за справки е на втория етаж.');
    await fleet.getByRole('button', { name: 'Изпрати' }).click();
    await expect
      .poll(() => fleet.locator('.kiosk-push [role="status"]').textContent())
      .toContain('Изпратено');
    const push = await h.t.db.kioskPush.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    expect(push).toMatchObject({ deviceId: 'lobby-health', kind: 'notice' });

    await page.getByRole('button', { name: 'English' }).first().click();
    await fleet.getByRole('heading', { name: 'Kiosks', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fleet.screenshot({ path: `${SHOTS}/helpdesk-kiosks-en.png` });
    await context.close();
  });
});
