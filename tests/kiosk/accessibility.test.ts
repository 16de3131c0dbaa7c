import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { describe as describeViolations, seriousViolations } from './support/axe.ts';
import { buildKioskScreens, LANDSCAPE, openKiosk, PORTRAIT } from './support/kiosk-page.ts';
import { serveKioskSite, type KioskSite } from './support/site.ts';

let browser: Browser;
let site: KioskSite;

beforeAll(async () => {
  await buildKioskScreens();
  [browser, site] = await Promise.all([launchChromium(), serveKioskSite()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const start = async (page: Page) => {
  await page.getByRole('button', { name: 'Български' }).click();
  await page.getByRole('heading', { name: 'С какво да ви помогнем?' }).waitFor();
};
const openGuide = async (page: Page) => {
  await start(page);
  await page.locator('[data-life-event="relative-died"]').click();
  await page.locator('[data-service="heirs-certificate"]').click();
  await page.getByRole('heading', { level: 1, name: 'Удостоверение за наследници' }).waitFor();
};

const SCREENS: [string, (page: Page) => Promise<void>][] = [
  ['attract', async (page) => page.getByRole('button', { name: 'Български' }).waitFor()],
  ['home', start],
  [
    'life event list',
    async (page) => {
      await start(page);
      await page.locator('[data-life-event="baby-born"]').click();
      await page.locator('[data-service]').first().waitFor();
    },
  ],
  [
    'search with keyboard and suggestions',
    async (page) => {
      await start(page);
      await page.getByRole('button', { name: /Търсене на услуга/ }).click();
      for (const k of 'адрес') await page.locator(`.key[data-key="${k}"]`).click();
      await page.locator('.suggestion').first().waitFor();
    },
  ],
  ['guide', openGuide],
  [
    'QR dialog',
    async (page) => {
      await openGuide(page);
      await page.locator('[data-action="phone"]').click();
      await page.locator('svg.qr').first().waitFor();
    },
  ],
  [
    'high contrast guide',
    async (page) => {
      await openGuide(page);
      await page.locator('[data-action="contrast"]').click();
    },
  ],
  [
    'privacy',
    async (page) => {
      await start(page);
      await page.locator('[data-action="privacy"]').click();
      await page.getByRole('heading', { level: 1, name: 'Поверителност' }).waitFor();
    },
  ],
  [
    'staff chat',
    async (page) => {
      await start(page);
      await page.locator('[data-action="staff"]').click();
      await page.getByRole('dialog').getByRole('status').filter({ hasText: 'Изчакайте' }).waitFor();
      site.realtime.agentAnswers('Здравейте!');
      await page.getByRole('dialog').getByText('Здравейте!').waitFor();
    },
  ],
  [
    'offline notice',
    async (page) => {
      await start(page);
      site.setServerDown(true);
      await page.locator('[data-life-event="baby-born"]').click();
      await page.getByRole('status').filter({ hasText: 'Няма връзка' }).waitFor();
    },
  ],
  [
    'idle countdown',
    async (page) => {
      await start(page);
      await page.evaluate(() =>
        (window as unknown as { __kioskShim: { emit(e: object): void } }).__kioskShim.emit({
          type: 'idle-warning',
          secondsLeft: 9,
        }),
      );
      await page.getByRole('dialog').waitFor();
    },
  ],
];

describe('kiosk accessibility (axe-core in Chromium)', () => {
  for (const [orientation, viewport] of [
    ['portrait', PORTRAIT],
    ['landscape', LANDSCAPE],
  ] as const) {
    it.each(SCREENS)(`%s (${orientation}) has no serious or critical violations`, async (_name, reach) => {
      site.setServerDown(false);
      const { page, errors } = await openKiosk(browser, site.baseUrl, { viewport });
      try {
        await reach(page);
        const severe = await seriousViolations(page);
        expect(severe, describeViolations(severe)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        site.setServerDown(false);
        await page.context().close();
      }
    });
  }

  it('the axe check itself catches a planted violation', async () => {
    const { page } = await openKiosk(browser, site.baseUrl, { viewport: PORTRAIT });
    try {
      await start(page);
      await page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')));
      expect((await seriousViolations(page)).map((v) => v.id)).toContain('button-name');
    } finally {
      await page.context().close();
    }
  });

  it('every button is at least 64 px in both directions (touch targets)', async () => {
    const { page } = await openKiosk(browser, site.baseUrl, { viewport: PORTRAIT });
    try {
      await openGuide(page);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, a')]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => ({ text: el.textContent?.trim(), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 64 || box.height < 64)
          .map(({ text }) => text),
      );
      expect(small).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
