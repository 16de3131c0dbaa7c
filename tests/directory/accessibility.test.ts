import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeKnowledgeBase } from '../../server/src/directory/testing/fake-knowledge.ts';
import { launchChromium } from '../support/browser.ts';
import { describeViolations, runAxe } from './support/axe.ts';
import { serveDirectory, type RunningDirectory } from './support/serve.ts';

// The four pages the issue names, plus the other page types, in both languages where it matters.
const PAGES = [
  ['home', '/'],
  ['home (English)', '/en'],
  ['category', '/categories/civil-status'],
  ['service guide', '/services/heirs-certificate'],
  ['service guide with a district chosen (English)', '/en/services/heirs-certificate?district=sredets'],
  ['search results', `/search?q=${encodeURIComponent('данък сграда')}`],
  ['search with no results', `/en/search?q=${encodeURIComponent('giraffe zebra')}`],
  ['life event', '/life-events/relative-died'],
  ['district', '/districts/sredets'],
  ['not found', '/no-such-page'],
] as const;

describe('directory accessibility (axe-core in Chromium)', () => {
  let browser: Browser;
  let site: RunningDirectory;
  /** The test double's content, for features the real guides do not use yet (district-specific details). */
  let fakeSite: RunningDirectory;

  beforeAll(async () => {
    [browser, site, fakeSite] = await Promise.all([
      launchChromium(),
      serveDirectory(),
      serveDirectory({ kb: fakeKnowledgeBase() }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await fakeSite?.close();
  });

  it.each(PAGES)('%s (%s) has no serious or critical violations', async (_name, path) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      const response = await page.goto(site.baseUrl + path);
      expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200);
      const violations = await runAxe(page);
      const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(severe, describeViolations(severe)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('works without JavaScript: the district selector is a plain GET form, and passes axe', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${fakeSite.baseUrl}/services/heirs-certificate`);
      expect(await page.locator('.panel').count()).toBe(0);
      await page.selectOption('#district', 'sredets');
      await Promise.all([
        page.waitForURL(/district=sredets/),
        page.locator('.district-selector__form button').click(),
      ]);
      expect(await page.locator('.panel').textContent()).toContain('Средец');
    } finally {
      await context.close();
    }
    const withJs = await browser.newPage();
    try {
      await withJs.goto(`${fakeSite.baseUrl}/services/heirs-certificate?district=sredets`);
      const severe = (await runAxe(withJs)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(severe, describeViolations(severe)).toEqual([]);
    } finally {
      await withJs.close();
    }
  });

  it('shows a visible focus indicator on the skip link and on links', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.baseUrl}/`);
      await page.keyboard.press('Tab');
      const skip = page.locator('.skip-link');
      await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.x >= 0 && box.width > 10).toBe(true);
      await page.keyboard.press('Tab');
      const background = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
      expect(background).toBe('rgb(255, 221, 0)');
    } finally {
      await page.close();
    }
  });
});
