import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { buildKioskScreens, LANDSCAPE, openKiosk } from './support/kiosk-page.ts';
import { kioskDist, serveKioskSite, VIDEO_SLUG, type KioskSite } from './support/site.ts';

let browser: Browser;
let site: KioskSite;
const pages: { page: Page; errors: string[] }[] = [];

beforeAll(async () => {
  await buildKioskScreens();
  [browser, site] = await Promise.all([launchChromium(), serveKioskSite()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

afterEach(async () => {
  site.setServerDown(false);
  for (const { page, errors } of pages.splice(0)) {
    // No script errors and no CSP violations on any screen.
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

async function kiosk(options: Parameters<typeof openKiosk>[2] = {}): Promise<Page> {
  const opened = await openKiosk(browser, site.baseUrl, options);
  pages.push(opened);
  return opened.page;
}

async function startBulgarian(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Български' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('С какво да ви помогнем?');
}

async function type(page: Page, keys: string): Promise<void> {
  for (const key of keys) await page.locator(`.keyboard .key[data-key="${key}"]`).click();
}

const suggestions = (page: Page) => page.locator('.suggestion').allTextContents();

describe('kiosk screens in Chromium (preload API from the test shim)', () => {
  it('bundles the screens small, without the Node search engine or Node built-ins', () => {
    expect(fs.statSync(path.join(kioskDist, 'kiosk.js')).size).toBeLessThan(200 * 1024);
    const sources = (
      JSON.parse(fs.readFileSync(path.join(kioskDist, 'kiosk.js.map'), 'utf8')) as { sources: string[] }
    ).sources;
    expect(sources.filter((s) => /knowledge\/src\/search|^node:|\/zod\//.test(s))).toEqual([]);
    expect(sources.some((s) => s.includes('kiosk/src/renderer/main.tsx'))).toBe(true);
  });

  it('browses by life event to a guide with what to bring, cost in EUR and where in this building', async () => {
    const page = await kiosk();
    await startBulgarian(page);
    await page.locator('[data-life-event="relative-died"]').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Почина близък човек');
    await page.locator('[data-service="heirs-certificate"]').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Удостоверение за наследници');
    const text = await page.locator('.guide-article').innerText();
    expect(text).toContain('Какво да носите');
    expect(text).toMatch(/2,56\s€/);
    expect(text).toContain('Къде в тази сграда');
    expect(text).toContain('Средец'); // the kiosk's district office
    await expect
      .poll(() => site.events.filter((e) => e.type === 'guide_view').at(-1))
      .toMatchObject({
        slug: 'heirs-certificate',
        channel: 'kiosk',
        district: 'sredets',
      });
    await page.locator('[data-action="back"]').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Почина близък човек');
  });

  it('shows a guide video with both caption tracks, the kiosk language first and default', async () => {
    const tracksOf = (page: Page) =>
      page.locator('video.video track').evaluateAll((els) =>
        (els as HTMLTrackElement[]).map((t) => ({
          lang: t.srclang,
          label: t.label,
          file: new URL(t.src).pathname,
          default: t.default,
        })),
      );
    const page = await kiosk();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-life-event="relative-died"]').click();
    await page.locator(`[data-service="${VIDEO_SLUG}"]`).click();
    await expect
      .poll(() => tracksOf(page))
      .toEqual([
        {
          lang: 'en',
          label: 'English',
          file: `/media/services/${VIDEO_SLUG}/captions.en.vtt`,
          default: true,
        },
        {
          lang: 'bg',
          label: 'Български',
          file: `/media/services/${VIDEO_SLUG}/captions.bg.vtt`,
          default: false,
        },
      ]);
    // Both tracks are offered by the player (its captions menu lists them).
    expect(
      await page
        .locator('video.video')
        .evaluate((v) => Array.from((v as HTMLVideoElement).textTracks, (t) => t.language)),
    ).toEqual(['en', 'bg']);
    // Switching the kiosk to Bulgarian puts Bulgarian first.
    await page.getByRole('button', { name: 'Превключи на български' }).click();
    await expect
      .poll(() => tracksOf(page).then((t) => t.map((x) => `${x.lang}:${x.default}`)))
      .toEqual(['bg:true', 'en:false']);
  });

  it('says what the kiosk keeps on a privacy screen from the footer, with a QR code to the notice (bg and en)', async () => {
    const page = await kiosk();
    await startBulgarian(page);
    await page.locator('[data-action="privacy"]').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Поверителност');
    expect(await page.locator('.privacy').innerText()).toContain('не пази нищо за вас');
    expect(await page.locator('.privacy svg.qr').getAttribute('data-qr-text')).toBe(
      `${site.baseUrl}/privacy`,
    );
    expect(await page.locator('[data-action="privacy"]').getAttribute('aria-current')).toBe('page');
    await page.locator('[data-action="language"]').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Privacy');
    expect(await page.locator('.privacy').innerText()).toContain('keeps nothing about you');
    expect(await page.locator('.privacy svg.qr').getAttribute('data-qr-text')).toBe(
      `${site.baseUrl}/en/privacy`,
    );
    await page.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('How can we help?');
  });

  it('searches with the on-screen keyboard in Cyrillic, with suggestions as you type', async () => {
    const page = await kiosk();
    await startBulgarian(page);
    await page.getByRole('button', { name: /Търсене на услуга/ }).click();
    expect(await page.locator('.keyboard').getAttribute('data-layout')).toBe('cyrillic');
    await type(page, 'наследн');
    expect(await page.locator('#search-input').inputValue()).toBe('наследн');
    await expect.poll(() => suggestions(page)).toContain('Удостоверение за наследници');
    await page.locator('.suggestion', { hasText: 'Удостоверение за наследници' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Удостоверение за наследници');
    await expect.poll(() => site.events.some((e) => e.type === 'search' && e.query === 'наследн')).toBe(true);
  });

  it('switches the keyboard to Latin and finds a guide typed in Latin letters', async () => {
    const page = await kiosk();
    await startBulgarian(page);
    await page.getByRole('button', { name: /Търсене на услуга/ }).click();
    await page.getByRole('button', { name: 'Латиница' }).click();
    expect(await page.locator('.keyboard').getAttribute('data-layout')).toBe('latin');
    await type(page, 'naslednici');
    await expect.poll(() => suggestions(page)).toContain('Удостоверение за наследници');
    await page.getByRole('button', { name: 'Изтрий' }).click();
    expect(await page.locator('#search-input').inputValue()).toBe('naslednic');
    await page.getByRole('button', { name: 'Изчисти', exact: true }).click();
    expect(await page.locator('#search-input').inputValue()).toBe('');
  });

  it('shows a QR code to the same guide for the phone, and prints', async () => {
    const page = await kiosk({ viewport: LANDSCAPE });
    await startBulgarian(page);
    await page.locator('[data-life-event="relative-died"]').click();
    await page.locator('[data-service="heirs-certificate"]').click();
    await page.locator('[data-action="phone"]').click();
    const dialog = page.getByRole('dialog', { name: 'Продължете на телефона си' });
    await dialog.waitFor();
    const qr = dialog.locator('svg.qr');
    expect(await qr.getAttribute('data-qr-text')).toBe(
      `${site.baseUrl}/services/heirs-certificate?district=sredets`,
    );
    expect((await qr.boundingBox())!.width).toBeGreaterThan(300);
    await dialog.getByRole('button', { name: 'Затвори' }).click();
    await page.locator('[data-action="print"]').click();
    await page.getByText('Вземете листа от принтера.').waitFor();
    expect(
      await page.evaluate(
        () => (window as unknown as { __kioskShim: { printed: number } }).__kioskShim.printed,
      ),
    ).toBe(1);
    // The print stylesheet shows only the one-page summary with its QR code.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-summary').isVisible()).toBe(true);
    expect(await page.locator('.print-summary svg.qr').isVisible()).toBe(true);
    expect(await page.locator('.guide-article').isVisible()).toBe(false);
    expect(await page.locator('.top-bar').isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });

  it('after inactivity shows a countdown, then clears everything and returns to the attract screen', async () => {
    const page = await kiosk({ idleTimeoutMs: 5_000, idleWarningMs: 3_000 });
    await startBulgarian(page);
    await page.getByRole('button', { name: /Търсене на услуга/ }).click();
    await type(page, 'данък');
    await page.evaluate(() => {
      localStorage.setItem('visitor', 'x');
      sessionStorage.setItem('visitor', 'x');
      document.cookie = 'visitor=x; path=/';
      indexedDB.open('visitor-db');
    });
    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await page.getByRole('dialog', { name: 'Още ли сте тук?' }).waitFor({ timeout: 8_000 });
    expect(await page.locator('.countdown-number').textContent()).toMatch(/^[1-3]$/);
    // The reset wipes storage and then reloads the screens: read only after the reload has finished.
    await reloaded;
    await page.getByRole('button', { name: 'Български' }).waitFor({ timeout: 8_000 });
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      dbs: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(storage).toEqual({ local: 0, session: 0, cookie: '', dbs: [] });
    await startBulgarian(page);
    await page.getByRole('button', { name: /Търсене на услуга/ }).click();
    expect(await page.locator('#search-input').inputValue()).toBe('');
    expect(site.events.some((e) => e.type === 'kiosk_session' && e.channel === 'kiosk')).toBe(true);
  });

  it('a touch during the countdown keeps the visitor’s session', async () => {
    const page = await kiosk({ idleTimeoutMs: 5_000, idleWarningMs: 3_000 });
    await startBulgarian(page);
    await page.getByRole('button', { name: /Търсене на услуга/ }).click();
    await type(page, 'кола');
    const dialog = page.getByRole('dialog', { name: 'Още ли сте тук?' });
    await dialog.waitFor({ timeout: 8_000 });
    await dialog.getByRole('button', { name: 'Продължавам' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('#search-input').inputValue()).toBe('кола');
  });

  it('"I\'m done" clears the session at once', async () => {
    const page = await kiosk();
    await startBulgarian(page);
    await page.evaluate(() => localStorage.setItem('visitor', 'x'));
    // The reset wipes storage and then reloads the screens: read only after the reload has finished.
    const reloaded = page.waitForEvent('load');
    await page.locator('[data-action="finish"]').click();
    await reloaded;
    await page.getByRole('button', { name: 'Български' }).waitFor();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('keeps browsing and searching from the snapshot when the server is lost, and reconnects by itself', async () => {
    const page = await kiosk();
    await startBulgarian(page);
    site.setServerDown(true);
    await page.locator('[data-life-event="baby-born"]').click();
    const notice = page.getByRole('status').filter({ hasText: 'Няма връзка със сървъра' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Разговорът със служител временно не е достъпен');
    await expect.poll(() => page.locator('[data-service]').count()).toBeGreaterThan(0);
    await page.locator('[data-service="birth-registration"]').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('акт за раждане');
    await page.locator('[data-action="home"]').click();
    await page.getByRole('button', { name: /Търсене на услуга/ }).click();
    await type(page, 'наследници');
    await expect.poll(() => suggestions(page)).toContain('Удостоверение за наследници');
    await page.getByRole('button', { name: 'Латиница' }).click();
    await page.getByRole('button', { name: 'Изчисти', exact: true }).click();
    await type(page, 'naslednici');
    await expect.poll(() => suggestions(page)).toContain('Удостоверение за наследници');
    await page.locator('[data-action="staff"]').click();
    await page.getByRole('dialog', { name: 'Повикай служител' }).getByText('не е достъпен').waitFor();
    await page.getByRole('button', { name: 'Разбрах' }).click();
    site.setServerDown(false);
    await notice.waitFor({ state: 'detached', timeout: 12_000 });
  });

  it('calls staff from a guide: the help desk gets a kiosk handoff, and the visitor chats with the agent', async () => {
    const page = await kiosk();
    await startBulgarian(page);
    await page.locator('[data-life-event="relative-died"]').click();
    await page.locator('[data-service="heirs-certificate"]').click();
    await page.locator('[data-action="staff"]').click();
    const dialog = page.getByRole('dialog', { name: 'Повикай служител' });
    await dialog.getByRole('status').filter({ hasText: 'Изчакайте' }).waitFor();
    const handoff = site.realtime.handoffs.at(-1)!;
    expect(handoff).toMatchObject({ serviceSlug: 'heirs-certificate', reason: 'Kiosk test-kiosk (Lobby)' });
    expect(site.realtime.conversations.get(handoff.conversationId)).toMatchObject({
      channel: 'kiosk',
      district: 'sredets',
    });
    site.realtime.agentAnswers('Здравейте! Идвам след минута.');
    await dialog.getByText('Здравейте! Идвам след минута.').waitFor();
    await dialog.getByRole('status').filter({ hasText: 'Служител е на линия' }).waitFor();
    for (const key of 'благодаря') await dialog.locator(`.key[data-key="${key}"]`).click();
    await dialog.getByRole('button', { name: 'Изпрати' }).click();
    await dialog.locator('.chat-from-citizen', { hasText: 'благодаря' }).waitFor();
    expect(site.realtime.conversations.get(handoff.conversationId)!.messages.map((m) => m.body)).toEqual([
      'Здравейте! Идвам след минута.',
      'благодаря',
    ]);
    expect(await dialog.locator('#chat-input').inputValue()).toBe('');
  });

  it('switches to English, larger text and high contrast', async () => {
    const page = await kiosk();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('How can we help?');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(before).toBeGreaterThanOrEqual(24);
    await page.locator('[data-action="text-size"]').click();
    await expect
      .poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)))
      .toBeGreaterThan(before);
    await page.locator('[data-action="contrast"]').click();
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(0, 0, 0)');
    await page.getByRole('button', { name: 'Превключи на български' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('С какво да ви помогнем?');
  });

  it('shows the "back to the kiosk" bar while an e-service is open', async () => {
    const page = await kiosk();
    await startBulgarian(page);
    await page.evaluate(() =>
      (window as unknown as { __kioskShim: { emit(e: object): void } }).__kioskShim.emit({
        type: 'external-opened',
        host: 'usl.sofia.bg',
      }),
    );
    const back = page.getByRole('button', { name: 'Назад към терминала' });
    await back.waitFor();
    const box = await page.locator('.external-bar').boundingBox();
    expect(box!.height).toBe(112);
    // The e-service view covers the rest of the screen, so the idle countdown shows in the bar.
    await page.evaluate(() =>
      (window as unknown as { __kioskShim: { emit(e: object): void } }).__kioskShim.emit({
        type: 'idle-warning',
        secondsLeft: 7,
      }),
    );
    await page.getByRole('alert').filter({ hasText: '7 секунди' }).waitFor();
    await back.click();
    await page.getByRole('heading', { name: 'С какво да ви помогнем?' }).waitFor();
  });
});
