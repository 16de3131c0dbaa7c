/**
 * Writes screenshots of the kiosk screens at 1080×1920 and 1920×1080 to screenshots/kiosk-*.png.
 * Usage: npx tsx tests/kiosk/screenshots.ts (run `npm run build` first for the knowledge pack)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { buildKioskScreens, LANDSCAPE, openKiosk, PORTRAIT } from './support/kiosk-page.ts';
import { serveKioskSite, type KioskSite } from './support/site.ts';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../screenshots');

type Step = (page: Page, site: KioskSite) => Promise<void>;

const start: Step = async (page) => {
  await page.getByRole('button', { name: 'Български' }).click();
  await page.getByRole('heading', { name: 'С какво да ви помогнем?' }).waitFor();
};
const guide: Step = async (page) => {
  await start(page, null as never);
  await page.locator('[data-life-event="relative-died"]').click();
  await page.locator('[data-service="heirs-certificate"]').click();
  await page.getByRole('heading', { level: 1, name: 'Удостоверение за наследници' }).waitFor();
};

const SHOTS: [string, Step][] = [
  ['attract', async () => undefined],
  ['home', start],
  [
    'list',
    async (page) => {
      await start(page, null as never);
      await page.locator('[data-life-event="relative-died"]').click();
      await page.locator('[data-service]').first().waitFor();
    },
  ],
  [
    'search-keyboard',
    async (page) => {
      await start(page, null as never);
      await page.getByRole('button', { name: /Търсене на услуга/ }).click();
      for (const key of ['а', 'д', 'р', 'е', 'с']) await page.locator(`.key[data-key="${key}"]`).click();
      await page.locator('.suggestion').first().waitFor();
    },
  ],
  ['guide', guide],
  [
    'qr',
    async (page) => {
      await guide(page, null as never);
      await page.locator('[data-action="phone"]').click();
      await page.locator('svg.qr').first().waitFor();
    },
  ],
  [
    'offline',
    async (page, site) => {
      await start(page, null as never);
      site.setServerDown(true);
      await page.locator('[data-life-event="baby-born"]').click();
      await page.getByRole('status').filter({ hasText: 'Няма връзка' }).waitFor();
      await page.locator('[data-service]').first().waitFor();
    },
  ],
  [
    'high-contrast',
    async (page) => {
      await guide(page, null as never);
      await page.locator('[data-action="contrast"]').click();
    },
  ],
  [
    'staff-chat',
    async (page, site) => {
      await guide(page, site);
      await page.locator('[data-action="staff"]').click();
      await page.getByRole('dialog').getByRole('status').filter({ hasText: 'Изчакайте' }).waitFor();
      site.realtime.agentAnswers('Здравейте! Аз съм Мария от гише 3. Идвам при вас след минута.');
      await page.getByRole('dialog').getByText('Мария').waitFor();
      for (const key of 'благодаря') await page.locator(`.dialog .key[data-key="${key}"]`).click();
    },
  ],
  [
    'english-guide',
    async (page) => {
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('[data-life-event="moving-house"]').click();
      await page.locator('[data-service]').first().click();
      await page.locator('.guide-article h1').waitFor();
    },
  ],
  [
    'privacy',
    async (page) => {
      await start(page, null as never);
      await page.locator('[data-action="privacy"]').click();
      await page.locator('.privacy svg.qr').waitFor();
    },
  ],
  [
    'privacy-en-high-contrast',
    async (page) => {
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('[data-action="privacy"]').click();
      await page.locator('[data-action="contrast"]').click();
      await page.locator('.privacy svg.qr').waitFor();
    },
  ],
  [
    'large-text',
    async (page) => {
      await guide(page, null as never);
      await page.locator('[data-action="text-size"]').click();
      await page.locator('[data-action="text-size"]').click();
    },
  ],
  [
    'idle-countdown',
    async (page) => {
      await start(page, null as never);
      await page.evaluate(() =>
        (window as unknown as { __kioskShim: { emit(e: unknown): void } }).__kioskShim.emit({
          type: 'idle-warning',
          secondsLeft: 12,
        }),
      );
    },
  ],
];

async function main() {
  if (!process.argv.includes('--no-build')) await buildKioskScreens();
  fs.mkdirSync(outDir, { recursive: true });
  const browser: Browser = await launchChromium();
  const site = await serveKioskSite();
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  try {
    for (const [orientation, viewport] of [
      ['portrait', PORTRAIT],
      ['landscape', LANDSCAPE],
    ] as const) {
      for (const [name, step] of SHOTS) {
        if (only.length && !only.includes(name)) continue;
        site.setServerDown(false);
        const { page, errors } = await openKiosk(browser, site.baseUrl, { viewport });
        await page.getByRole('button', { name: 'Български' }).waitFor();
        await step(page, site);
        await page.waitForTimeout(150);
        const file = path.join(outDir, `kiosk-${name}-${orientation}.png`);
        await page.screenshot({ path: file });
        if (errors.length) console.warn(`${name}: ${errors.join('; ')}`);
        console.log(path.relative(process.cwd(), file));
        await page.context().close();
      }
    }
  } finally {
    await site.close();
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
