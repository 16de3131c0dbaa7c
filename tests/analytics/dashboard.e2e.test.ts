// The insights pages in Chromium: the supervisor's dashboard with seeded figures, the editor's gap loop
// (turning a group into a task), the review list; axe-core finds no serious or critical violations.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../directory/support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import type { TestHub } from '../helpdesk/support/hub.ts';
import { startDashboardHub } from './support/dashboard.ts';

let h: TestHub;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [h, browser] = await Promise.all([startDashboardHub({ appsDir: true }), launchChromium()]);
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    bypassCSP: true,
    locale: 'bg-BG',
  });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function expectNoSevere() {
  const severe = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe, describeViolations(severe)).toEqual([]);
}

async function signIn(name: string) {
  await page.goto(`${h.hub.url}/helpdesk`);
  await page.fill('#login-email', `${name}@hub.local`);
  await page.fill('#login-password', `${name}-password-123`);
  await page.click('button[type=submit]');
  await page.getByRole('button', { name: 'Анализи' }).click();
}

describe('the insights pages', () => {
  it('shows a supervisor the funnel, trend and services as charts with text alternatives', async () => {
    await signIn('sofia');
    await page.waitForSelector('.an-kpi');
    const funnel = await page.locator('.funnel-steps').getAttribute('aria-label');
    expect(funnel).toMatch(/^От \d[\d\s ]* питания и търсения/);
    expect(await page.locator('.trend-scroll > svg').getAttribute('aria-label')).toContain(
      'Прочели ръководството',
    );
    expect(await page.locator('.an-services li').count()).toBe(8);
    await expect.poll(() => page.locator('.an-campaigns > li').count()).toBe(1);
    await expectNoSevere();
    // Filters refetch: only the kiosk.
    const before = await page.locator('.an-kpi .kpi-value').first().textContent();
    await page.selectOption('#an-channel', 'kiosk');
    await expect.poll(() => page.locator('.an-kpi .kpi-value').first().textContent()).not.toBe(before);
    expect(await page.locator('a[download]').first().getAttribute('href')).toContain('channel=kiosk');
  });

  it('lets an editor turn a gap group into a task and shows the answer rate before and after', async () => {
    await page.getByRole('button', { name: 'Изход' }).click();
    await signIn('ema');
    await page.waitForSelector('.an-gap');
    await expectNoSevere();
    const parking = page.locator('.an-gap', { hasText: 'паркинг за живущи' });
    expect(await parking.locator('h3').textContent()).toBe('„колко струва паркинг за живущи в синя зона“');
    expect(await parking.locator('.an-volume strong').textContent()).toBe('19 въпроса');
    await parking.getByRole('button', { name: 'Създай задача' }).click();
    await parking.locator('.pill-open').waitFor();
    expect(await h.t.db.gapTask.count()).toBe(2);
    const rates = await page.locator('.rates').first().getAttribute('aria-label');
    expect(rates).toMatch(/Преди промяната: 0% \(0 от 12\)\. След промяната: 75% \(6 от 8\)/);
  });

  it('lists the guides past their review date, in English too', async () => {
    await page.getByRole('button', { name: 'Преглед на ръководствата' }).click();
    await page.waitForSelector('.an-reviews li');
    expect(await page.locator('.an-reviews li').count()).toBe(3);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Guides past their review date' }).waitFor();
    expect(await page.locator('.an-reviews a').first().getAttribute('href')).toBe('#/editor/dog-fee');
    await expectNoSevere();
  });
});
