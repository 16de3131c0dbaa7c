// The guide editor in the help-desk console, in Chromium: two editors write, validate, preview (web, chat,
// kiosk), review and publish a change, and look at versions. axe-core finds nothing serious on any screen;
// screenshots at 1440×900 go to /tmp/shots/editor/.
import fs from 'node:fs';
import { loadKnowledgeBase } from '@hub/knowledge';
import { createTestDatabase, type TestDatabase } from '@hub/server/src/db/testing.ts';
import { loadDirectory } from '@hub/server/src/directory-loader.ts';
import { listen, type RunningHub } from '@hub/server/src/http-server.ts';
import { createLogger } from '@hub/server/src/logger.ts';
import { createLocalUser } from '@hub/server/src/staff/users.ts';
import { testConfig } from '@hub/server/src/testing/test-config.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../directory/support/axe.ts';
import { builtAppsDir } from '../helpdesk/support/apps.ts';
import { launchChromium } from '../support/browser.ts';
import { freePort } from '../assistant-channels/support/hub.ts';
import { PEOPLE } from './support.ts';

const SHOTS = '/tmp/shots/editor';
const SLUG = 'property-tax-declaration';
let t: TestDatabase;
let hub: RunningHub;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  t = await createTestDatabase('sqlite');
  const port = await freePort();
  const directory = await loadDirectory();
  [hub, browser] = await Promise.all([
    listen(testConfig({ host: '127.0.0.1', port, publicOrigin: `http://127.0.0.1:${port}` }), {
      db: t.db,
      kb: loadKnowledgeBase(),
      logger: createLogger('silent'),
      appsDir: builtAppsDir(),
      ...(directory ? { directory } : {}),
    }),
    launchChromium(),
  ]);
  for (const [name, p] of Object.entries(PEOPLE)) {
    await createLocalUser(t.db, { email: `${name}@hub.local`, password: `${name}-password-123`, ...p });
  }
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
  await t?.drop();
});

async function signIn(person: string, lang: 'bg' | 'en' = 'bg'): Promise<Page> {
  // axe is injected as a script; the console's CSP (script-src 'self') would refuse it.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await context.addInitScript((l) => localStorage.setItem('helpdesk.lang', l), lang);
  const page = await context.newPage();
  await page.goto(`${hub.url}/helpdesk`);
  await page.fill('#login-email', `${person}@hub.local`);
  await page.fill('#login-password', `${person}-password-123`);
  await page.click('button[type=submit]');
  await page.waitForSelector('.topbar');
  return page;
}

async function expectNoSevere(page: Page) {
  const severe = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe, describeViolations(severe)).toEqual([]);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

describe('the guide editor in the console', () => {
  let eva: Page;
  let emil: Page;

  it('opens from the top bar and lists guides with their review dates', async () => {
    eva = await signIn('eva');
    await eva.getByRole('button', { name: 'Ръководства' }).click();
    await eva.waitForSelector('.ed-table tbody tr');
    expect(await eva.locator('.ed-table tbody tr').count()).toBe(102);
    expect(new URL(eva.url()).hash).toBe('#/editor');
    await shot(eva, 'home-bg');
    await expectNoSevere(eva);
  });

  it('edits a guide with live validation (the kb validate messages) and a live preview', async () => {
    await eva.goto(`${hub.url}/apps/helpdesk/#/editor/${SLUG}`);
    await eva.waitForSelector('.ed-problems.ok');
    await eva.waitForSelector('iframe.ed-web');
    const text = eva.locator('#ed-text');
    const original = await text.inputValue();
    await text.fill(original.replace(/^summary: .*$/m, 'summary: ""'));
    await eva.waitForSelector('.ed-problems.has');
    await expect
      .poll(() => eva.locator('.ed-kbline').first().textContent())
      .toBe(`knowledge/content/services/${SLUG}/bg.md: summary: must not be empty`);
    expect(await eva.getByRole('button', { name: 'Изпрати за преглед' }).isDisabled()).toBe(true);
    await eva.getByRole('button', { name: 'Покажи' }).first().click();
    await shot(eva, 'edit-invalid-bg');
    await expectNoSevere(eva);

    await text.fill(original.replace('\naliases:\n', '\naliases:\n  - басейн в двора\n'));
    await eva.waitForSelector('.ed-problems.ok');
    await eva.fill('#ed-note', 'Добавих „басейн в двора“ — питат го в чата');
    await shot(eva, 'edit-web-preview');
    await eva.getByRole('button', { name: 'Чат', exact: true }).click();
    await eva.waitForSelector('.ed-chat-card');
    await shot(eva, 'edit-chat-preview');
    await expectNoSevere(eva);
    await eva.getByRole('button', { name: 'Киоск', exact: true }).click();
    await eva.waitForSelector('.ed-kiosk-title');
    await shot(eva, 'edit-kiosk-preview');
    await expectNoSevere(eva);

    await eva.getByRole('tab', { name: /English/ }).click();
    await eva.waitForFunction(() =>
      document.querySelector<HTMLTextAreaElement>('#ed-text')?.value.includes('lang: en'),
    );

    await eva.getByRole('button', { name: 'Изпрати за преглед' }).click();
    await eva.waitForSelector('.ed-notice-ok');
    expect(await eva.locator('.ed-readonly').textContent()).toContain('чака преглед');
  });

  it('a second editor reviews the change with its diff and publishes it', async () => {
    emil = await signIn('emil');
    await emil.goto(`${hub.url}/apps/helpdesk/#/editor`);
    await emil.waitForSelector('.ed-list-link');
    await shot(emil, 'home-review-queue');
    await emil.locator('.ed-list-link').first().click();
    await emil.waitForSelector('.ed-diff-add');
    expect(await emil.locator('.ed-diff-add').first().textContent()).toContain('басейн в двора');
    await emil.locator('.ed-review').scrollIntoViewIfNeeded();
    await shot(emil, 'review');
    await expectNoSevere(emil);
    await emil.getByRole('button', { name: 'Одобри и публикувай' }).click();
    await emil.waitForSelector('.ed-notice-ok');
    const found = (await (
      await fetch(`${hub.url}/api/search?q=${encodeURIComponent('басейн в двора')}`)
    ).json()) as {
      results: { slug: string }[];
    };
    expect(found.results[0]?.slug).toBe(SLUG);
  });

  it('shows versions with who, when and what changed, and offers roll-back', async () => {
    await emil.getByRole('button', { name: 'Версии' }).click();
    await emil.waitForSelector('.ed-diff-add');
    expect(await emil.locator('.ed-version').first().textContent()).toContain('Ева Колева');
    await shot(emil, 'versions');
    await expectNoSevere(emil);
  });

  it('speaks English', async () => {
    const en = await signIn('sofia', 'en');
    await en.goto(`${hub.url}/apps/helpdesk/#/editor/heirs-certificate`);
    await en.waitForSelector('.ed-problems.ok');
    await en.getByRole('button', { name: 'Versions' }).waitFor();
    await en.getByRole('tab', { name: /English/ }).click();
    await en.waitForSelector('iframe.ed-web');
    await shot(en, 'edit-en');
    await expectNoSevere(en);
    await en.context().close();
  });
});
