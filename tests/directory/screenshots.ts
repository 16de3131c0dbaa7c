/**
 * Screenshots of the directory at phone and desktop size, for looking at (not a test):
 *   npx tsx tests/directory/screenshots.ts
 * Writes PNGs to screenshots/ (gitignored). Needs the built knowledge base (`npm run build`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { fakeKnowledgeBase } from '../../server/src/directory/testing/fake-knowledge.ts';
import { serveDirectory } from './support/serve.ts';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'screenshots');

const PAGES = [
  ['home', '/'],
  ['category', '/categories/civil-status'],
  ['service', '/services/heirs-certificate'],
  ['search', `/search?q=${encodeURIComponent('данък сграда')}`],
  ['search-none', `/search?q=${encodeURIComponent('жираф')}`],
  ['search-weak', `/search?q=${encodeURIComponent('куче на съседа лае')}`],
  ['service-en', '/en/services/property-tax-payment'],
  ['district', '/districts/sredets'],
  ['service-directory', '/services/tourist-tax'],
] as const;

/** Pages whose features the real content does not use yet, shown with the test double's data. */
const FAKE_PAGES = [['service-district-fake', '/services/heirs-certificate?district=sredets']] as const;

const SIZES = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1366, height: 900 }],
] as const;

const args = process.argv.slice(2);
/** --parts also saves the page in screen-high slices (name-size-part1.png …), easier to look at than one tall image. */
const parts = args.includes('--parts');
const selected = args.filter((a) => !a.startsWith('--'));

async function saveParts(
  page: Page,
  base: string,
  viewport: { width: number; height: number },
): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, n = 1; y < height; y += viewport.height, n++) {
    const clip = { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) };
    await page.screenshot({ path: `${base}-part${n}.png`, fullPage: true, clip });
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  const site = await serveDirectory();
  const fake = await serveDirectory({ kb: fakeKnowledgeBase() });
  const browser = await launchChromium();
  try {
    for (const [size, viewport] of SIZES) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const all = [
        ...PAGES.map(([n, u]) => [n, site.baseUrl + u]),
        ...FAKE_PAGES.map(([n, u]) => [n, fake.baseUrl + u]),
      ];
      for (const [name, url] of all) {
        if (!name || !url || (selected.length > 0 && !selected.includes(name))) continue;
        await page.goto(url);
        const file = path.join(outDir, `${name}-${size}.png`);
        await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${file}\n`);
        if (parts) await saveParts(page, path.join(outDir, `${name}-${size}`), viewport);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
    await fake.close();
  }
}

await main();
