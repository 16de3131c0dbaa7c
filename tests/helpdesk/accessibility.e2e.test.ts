import { loadKnowledgeBase } from '@hub/knowledge';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../directory/support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { builtAppsDir } from './support/apps.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { seedHistory, seedWaiting } from './support/seed.ts';

let h: TestHub;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [h, browser] = await Promise.all([
    startTestHub({ kb: loadKnowledgeBase(), appsDir: builtAppsDir() }),
    launchChromium(),
  ]);
  await seedHistory(h, 10);
  await seedWaiting(h);
  // axe is injected as a script; the console's CSP (script-src 'self') would refuse it.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
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

describe('console accessibility (axe-core: no serious or critical violations)', () => {
  it('sign-in', async () => {
    await page.goto(`${h.hub.url}/helpdesk`);
    await page.waitForSelector('#login-email');
    await expectNoSevere();
    await page.fill('#login-email', 'sofia@hub.local');
    await page.fill('#login-password', 'sofia-password-123');
    await page.click('button[type=submit]');
    await page.waitForSelector('.qcard');
  });

  it('queue, and the shortcut help opens with ?', async () => {
    await expectNoSevere();
    await page.locator('body').press('?');
    await page.waitForSelector('dialog[open] .shortcuts');
    await expectNoSevere();
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
  });

  it('Alt+C takes the oldest waiting citizen', async () => {
    const oldest = await h.t.db.handoffRequest.findFirstOrThrow({
      where: { state: 'requested' },
      orderBy: { createdAt: 'asc' },
    });
    await page.keyboard.press('Alt+c');
    await page.locator('.conv-head h1').waitFor();
    await expect
      .poll(async () => (await h.t.db.handoffRequest.findUniqueOrThrow({ where: { id: oldest.id } })).agentId)
      .toBe(h.staff.sofia!.id);
  });

  it('conversation with guides, walkthrough and dialogs', async () => {
    // Alt+C took the oldest waiting citizen: the bereaved one asking about an heirs certificate.
    await page.locator('.conv-head h1', { hasText: 'наследници' }).waitFor();
    await page.waitForSelector('.guide');
    await page.getByRole('button', { name: 'Преведи стъпка по стъпка' }).click();
    await page.waitForSelector('.walk');
    await expectNoSevere();
    await page.getByRole('button', { name: 'Прехвърли' }).first().click();
    await page.waitForSelector('dialog[open]');
    await expectNoSevere();
    await page.keyboard.press('Escape');
  });

  it('supervisor view', async () => {
    await page.getByRole('button', { name: 'Наблюдение' }).click();
    await page.waitForSelector('.kpis');
    await expectNoSevere();
  });

  it('training, in English too', async () => {
    await page.getByRole('button', { name: 'Обучение' }).click();
    await page.waitForSelector('.scenario');
    await expectNoSevere();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Training' }).waitFor();
    await page.locator('.scenario').first().getByRole('button').click();
    await page.waitForSelector('.practice');
    await expectNoSevere();
  });
});
