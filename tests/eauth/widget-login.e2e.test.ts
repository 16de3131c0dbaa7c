import { loadKnowledgeBase } from '@hub/knowledge';
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestHandoff } from '../../server/src/conversations/store.ts';
import { createLocalUser } from '../../server/src/staff/users.ts';
import { describeViolations, runAxe } from '../directory/support/axe.ts';
import { builtAppsDir } from '../helpdesk/support/apps.ts';
import { startTestHub, type TestHub } from '../helpdesk/support/hub.ts';
import { launchChromium } from '../support/browser.ts';
import { localEauth } from './support/local-eauth.ts';

// The whole eAuth step-up in real browsers against one real hub with the local test IdP: a citizen in the
// real chat widget on a directory page, an agent in the console (a second browser context).
const SHOTS = '/tmp/shots/eauth';
const NAME = 'МАРИЯ ГЕОРГИЕВА ИВАНОВА';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
let h: TestHub;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  [h, browser] = await Promise.all([
    startTestHub({ kb: loadKnowledgeBase(), appsDir: builtAppsDir(), directory: true, eauth: localEauth }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await h?.close();
});

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  // axe is injected into the pages, so CSP is bypassed (the hub's CSP forbids foreign scripts).
  const context = await browser.newContext({ locale: 'bg-BG', viewport, bypassCSP: true });
  contexts.push(context);
  return context.newPage();
}

async function expectAccessible(page: Page, scope: string) {
  const severe = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe, `${scope}: ${describeViolations(severe)}`).toEqual([]);
}

/** Screenshots of the widget at phone and desktop size (the same page, resized). */
async function shootWidget(page: Page, name: string) {
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.locator('.hubchat-identity').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png` });
  }
  await page.setViewportSize(PHONE);
}

describe('eAuth login from the real widget, back to the same conversation, seen by the agent after consent', () => {
  it(
    'card → eAuth (local IdP) → same conversation → consent → badge; a cancelled login loses nothing',
    {
      timeout: 60_000,
    },
    async () => {
      const citizen = await newPage(PHONE);
      citizen.setDefaultTimeout(8000);
      await citizen.goto(`${h.hub.url}/services/heirs-certificate`);
      await citizen.getByRole('button', { name: 'Попитайте асистента' }).click();
      const widget = citizen.locator('.hubchat');
      await citizen.getByLabel('Вашият въпрос').fill('Искам да проверя заявлението си за детска градина');
      await citizen.keyboard.press('Enter');
      await widget.locator('.hubchat-msg--citizen', { hasText: 'детска градина' }).waitFor();
      const stored = () =>
        citizen.evaluate(
          (hub) => JSON.parse(localStorage.getItem(`hub-chat:${hub}`) ?? '{}').conversationId,
          h.origin,
        );
      const conversationId = (await stored()) as string;
      expect(conversationId).toBeTruthy();
      await requestHandoff(h.t.db, { conversationId, serviceSlug: 'heirs-certificate' });

      // The agent claims it and asks for identity at a level.
      const agent = await newPage(DESKTOP);
      agent.setDefaultTimeout(8000);
      await agent.goto(`${h.hub.url}/helpdesk`);
      await agent.fill('#login-email', 'ana@hub.local');
      await agent.fill('#login-password', 'ana-password-123');
      await agent.click('button[type=submit]');
      await agent.locator('.qcard .qcard-claim').first().click();
      await agent.locator('.identity-ask').waitFor();
      await agent.selectOption('#identity-level', 'HIGH');
      await agent.getByRole('button', { name: 'Поискай самоличност' }).click();
      await agent.locator('.identity-waiting', { hasText: 'високо' }).waitFor();

      // The widget shows the sign-in card: what, at which level, why.
      const card = widget.locator('[data-identity="requested"]');
      await card.waitFor();
      expect(await card.textContent()).toContain('Изискуемо ниво на осигуреност: високо');
      expect(await card.textContent()).toContain('Служителят, с когото пишете, моли');
      await shootWidget(citizen, '1-sign-in-card');
      await expectAccessible(citizen, 'sign-in card');

      // First a cancelled login: back on the same page and conversation, told so, nothing stored.
      await card.getByRole('button', { name: 'Вход с eAuth' }).click();
      await citizen.getByRole('button', { name: /Отказ/ }).click();
      await widget.locator('[data-identity-outcome="login_cancelled"]').waitFor();
      expect(new URL(citizen.url()).pathname).toBe('/services/heirs-certificate');
      expect(new URL(citizen.url()).hash).toBe('');
      expect(await stored()).toBe(conversationId);
      await widget.locator('.hubchat-msg--citizen', { hasText: 'детска градина' }).waitFor();
      await citizen.screenshot({ path: `${SHOTS}/2-cancelled-phone.png` });
      expect(await h.t.db.conversationIdentity.count()).toBe(0);

      // Then the real login, at the test IdP, as a test person.
      await widget
        .locator('[data-identity="requested"]')
        .getByRole('button', { name: 'Вход с eAuth' })
        .click();
      await citizen.getByText('Test eAuth — TEST ONLY').waitFor();
      expect(await citizen.textContent('body')).toContain('Level: HIGH');
      await citizen.getByRole('button', { name: new RegExp(NAME) }).click();

      // Back in the SAME conversation: the earlier message is there, the id unchanged, the panel open.
      const consent = widget.locator('[data-identity="consent"]');
      await consent.waitFor();
      expect(new URL(citizen.url()).pathname).toBe('/services/heirs-certificate');
      expect(await stored()).toBe(conversationId);
      await widget.locator('.hubchat-msg--citizen', { hasText: 'детска градина' }).waitFor();
      await widget.locator('[data-identity-outcome="ok"]').waitFor();
      expect(await consent.textContent()).toContain(NAME);

      // Before consent the agent sees no badge and no name.
      await agent.waitForTimeout(0);
      expect(await agent.locator('.identity-badge').count()).toBe(0);
      expect(await agent.textContent('body')).not.toContain(NAME);
      await shootWidget(citizen, '3-consent');
      await expectAccessible(citizen, 'consent prompt');

      await consent.getByRole('button', { name: 'Да, покажи' }).click();
      await widget.locator('[data-identity="shared"]').waitFor();
      const badge = agent.locator('.identity-badge');
      await badge.waitFor();
      expect(await badge.textContent()).toContain('Самоличността е потвърдена');
      expect(await badge.textContent()).toContain('високо');
      expect(await badge.textContent()).toContain(NAME);
      await agent.screenshot({ path: `${SHOTS}/4-badge-desktop.png` });
      await agent.setViewportSize({ width: 1024, height: 768 });
      await agent.screenshot({ path: `${SHOTS}/4-badge-narrow.png` });
      await expectAccessible(agent, 'console with the badge');
      await shootWidget(citizen, '5-shared');

      // The citizen changes their mind: one clear button beside "shared"; the agent's badge loses the name.
      const shared = widget.locator('[data-identity="shared"]');
      expect(await shared.textContent()).toContain('можете да спрете споделянето');
      await shared.getByRole('button', { name: 'Спрете споделянето' }).click();
      const withdrawn = widget.locator('[data-identity="not_shared"]');
      await withdrawn.waitFor();
      expect(await withdrawn.textContent()).toBe('Самоличността ви не е показана на служителя.');
      expect(
        await withdrawn.locator('.hubchat-identity__note').evaluate((n) => n === document.activeElement),
      ).toBe(true);
      await expect.poll(() => agent.locator('.identity-badge', { hasText: NAME }).count()).toBe(0);
      expect(await agent.textContent('body')).not.toContain(NAME);
      const row = await h.t.db.conversationIdentity.findUniqueOrThrow({ where: { conversationId } });
      expect(row).toMatchObject({ consentGiven: false, name: null });
      await shootWidget(citizen, '6-withdrawn');
      await expectAccessible(citizen, 'consent withdrawn');

      const audit = await h.t.db.auditLog.count({
        where: { action: 'identity.conversation_opened', targetId: conversationId },
      });
      expect(audit).toBeGreaterThan(0);
    },
  );

  it(
    'staff: an admin issues a link code, the colleague links and signs in with eAuth from the login screen',
    {
      timeout: 60_000,
    },
    async () => {
      await createLocalUser(h.t.db, {
        email: 'root@hub.local',
        displayName: 'Администратор',
        role: 'admin',
        password: 'root-password-123',
      });
      const admin = await newPage(DESKTOP);
      admin.setDefaultTimeout(8000);
      await admin.goto(`${h.hub.url}/helpdesk`);
      await admin.fill('#login-email', 'root@hub.local');
      await admin.fill('#login-password', 'root-password-123');
      await admin.click('button[type=submit]');
      await admin.getByRole('button', { name: 'Наблюдение' }).click();
      const links = admin.locator('.eauth-links');
      await links.waitFor();
      await links
        .locator('tr', { hasText: 'Борис Иванов' })
        .getByRole('button', { name: 'Издай код' })
        .click();
      const code = (await links.locator('.eauth-code').textContent())!.trim();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      await links.scrollIntoViewIfNeeded();
      await admin.screenshot({ path: `${SHOTS}/7-admin-link-code-desktop.png` });
      await expectAccessible(admin, 'admin links');

      const staff = await newPage(DESKTOP);
      staff.setDefaultTimeout(8000);
      await staff.goto(`${h.hub.url}/helpdesk`);
      await staff.getByRole('button', { name: 'Вход с eAuth' }).waitFor();
      await staff.getByRole('button', { name: 'Имам код за свързване от администратор' }).click();
      await staff.fill('#eauth-link-code', code);
      await staff.screenshot({ path: `${SHOTS}/8-console-login-desktop.png` });
      await staff.setViewportSize(PHONE);
      await staff.screenshot({ path: `${SHOTS}/8-console-login-phone.png`, fullPage: true });
      await expectAccessible(staff, 'console login with eAuth');
      await staff.setViewportSize(DESKTOP);
      await staff.getByRole('button', { name: 'Свържи и влез с eAuth' }).click();
      await staff.getByRole('button', { name: /ПЕТЪР ИВАНОВ ПЕТРОВ/ }).click();
      await staff.locator('.topbar .user', { hasText: 'Борис Иванов' }).waitFor();
      expect(new URL(staff.url()).hash).toBe('');
    },
  );
});
