import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, describe as describeViolations } from '../kiosk/support/axe.ts';
import { buildKioskScreens, openKiosk, PORTRAIT } from '../kiosk/support/kiosk-page.ts';
import { serveKioskSite, type KioskSite } from '../kiosk/support/site.ts';
import { launchChromium } from '../support/browser.ts';

// The kiosk never hosts the eAuth login: an identity request in a kiosk conversation shows
// "sign in on your phone" with the continue-on-phone QR, and no sign-in form on the shared screen.
const SHOTS = '/tmp/shots/eauth';
let browser: Browser;
let site: KioskSite;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await buildKioskScreens();
  [browser, site] = await Promise.all([launchChromium(), serveKioskSite()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('identity requested in a kiosk conversation', () => {
  it('shows "sign in with eAuth on your phone" with the handover QR, never a login on the kiosk', async () => {
    const { page, errors } = await openKiosk(browser, site.baseUrl, { viewport: PORTRAIT });
    await page.getByRole('button', { name: 'Български' }).click();
    await page.locator('[data-life-event="relative-died"]').click();
    await page.locator('[data-service="heirs-certificate"]').click();
    await page.locator('[data-action="staff"]').click();
    const dialog = page.getByRole('dialog', { name: 'Повикай служител' });
    await dialog.getByRole('status').filter({ hasText: 'Изчакайте' }).waitFor();
    site.realtime.agentAnswers('Здравейте! Ще проверя данните ви.');
    site.realtime.asksForIdentity('HIGH');
    const prompt = dialog.locator('[data-identity="phone"]');
    await prompt.getByRole('heading', { name: 'Влезте с eAuth на телефона си' }).waitFor();
    expect(await prompt.textContent()).toContain('ниво: високо');
    expect(await prompt.textContent()).toContain('не влизайте на този общ екран');
    // The QR (or, if no code could be made, a calm failure): never a form that posts to /eauth/login.
    await prompt.locator('.qr-frame, [role="alert"]').first().waitFor();
    expect(await page.locator('form[action*="eauth"]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/6-kiosk-sign-in-on-phone.png` });
    const severe = await seriousViolations(page);
    expect(severe, describeViolations(severe)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
