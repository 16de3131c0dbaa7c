// Screenshots of the insights pages (desktop 1440×900 and phone 390×844, Bulgarian and English):
//   npx tsx tests/analytics/screenshots.ts [outdir]   (default /tmp/shots/analytics)
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../support/browser.ts';
import { startDashboardHub } from './support/dashboard.ts';

const out = process.argv[2] ?? '/tmp/shots/analytics';
fs.mkdirSync(out, { recursive: true });
const h = await startDashboardHub({ appsDir: true });
const browser = await launchChromium();
try {
  for (const [device, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const page = await (await browser.newContext({ viewport, locale: 'bg-BG' })).newPage();
    await page.goto(`${h.hub.url}/helpdesk`);
    await page.waitForSelector('#login-email', { timeout: 5000 }).catch(async (err: unknown) => {
      await page.screenshot({ path: path.join(out, `${device}-failed-login.png`) });
      throw err;
    });
    await page.fill('#login-email', 'ema@hub.local');
    await page.fill('#login-password', 'ema-password-123');
    await page.click('button[type=submit]');
    await page.getByRole('button', { name: 'Анализи' }).click();
    for (const lang of ['bg', 'en'] as const) {
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      const views =
        lang === 'bg'
          ? ['Използване на услугите', 'Пропуски в знанието', 'Преглед на ръководствата']
          : ['Service use', 'Knowledge gaps', 'Guide reviews'];
      for (const [i, name] of views.entries()) {
        await page.getByRole('button', { name }).click();
        await page.waitForSelector(['.an-kpi', '.an-gap', '.an-reviews'][i]!);
        await page.waitForTimeout(300);
        const file = path.join(out, `${device}-${lang}-${['usage', 'gaps', 'reviews'][i]}.png`);
        await page.screenshot({ path: file });
        // The console scrolls inside <main>: grow the window to its full height for a second, long shot.
        const height = await page.evaluate(() => {
          const main = document.querySelector('main')!;
          return main.getBoundingClientRect().top + main.scrollHeight;
        });
        await page.setViewportSize({ width: viewport.width, height: Math.ceil(height) });
        await page.screenshot({ path: file.replace('.png', '-full.png') });
        await page.setViewportSize(viewport);
        if (device === 'phone')
          for (const step of [1, 2, 3]) {
            await page.evaluate((y) => document.querySelector('main')!.scrollTo(0, y), step * 760);
            await page.screenshot({ path: file.replace('.png', `-${step}.png`) });
          }
        await page.evaluate(() => document.querySelector('main')!.scrollTo(0, 0));
        process.stdout.write(`${file}\n`);
      }
    }
  }
} finally {
  await browser.close();
  await h.close();
}
