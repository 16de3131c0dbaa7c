// The chat widget on a real directory page of the real server (startServer, temp SQLite, built apps and
// knowledge base): ask, get a card, follow the e-service link, reload and see the history; hostile text stays
// text; keyboard and focus; axe-core with the widget open; screenshots for review.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadKnowledgeBase } from '@hub/knowledge';
import { startServer, type StartedHub } from '@hub/server/src/server.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = path.resolve(import.meta.dirname, '../../screenshots');
const eServiceUrl = loadKnowledgeBase().getService('property-tax-payment')?.guides.bg.online?.url;

let dataDir: string;
let hub: StartedHub;
let browser: Browser;
/** Another site (a district's own website) that embeds the widget with one script tag. */
let embedder: http.Server;
let embedderOrigin: string;

beforeAll(async () => {
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../../dist/apps/widget/widget.js')))
    throw new Error('run `npm run build:apps` first');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-widget-'));
  const [port, embedderPort] = await Promise.all([freePort(), freePort()]);
  embedderOrigin = `http://127.0.0.1:${embedderPort}`;
  embedder = http.createServer((_req, res) => {
    const hubUrl = `http://127.0.0.1:${port}`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><title>District site</title></head><body><main><h1>Lozenets district</h1></main>` +
        `<script src="${hubUrl}/apps/widget/widget.js" data-hub="${hubUrl}" data-lang="en" defer></script></body></html>`,
    );
  });
  await new Promise<void>((resolve) => embedder.listen(embedderPort, '127.0.0.1', resolve));
  hub = await startServer({
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      ASSISTANT: 'true',
      MEDIA_AUTOGEN: 'off',
      CORS_ORIGINS: embedderOrigin,
    },
    announce: () => {},
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await new Promise((resolve) => embedder?.close(resolve));
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

interface AxeResult {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

async function axe(page: Page): Promise<AxeResult[]> {
  // Evaluated through DevTools, which the page's strict CSP does not apply to (an injected <script> would be blocked).
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const run = (
      window as unknown as { axe: { run(ctx: unknown, o: object): Promise<{ violations: AxeResult[] }> } }
    ).axe;
    const result = await run.run({ include: [['.hubchat']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

async function openWidget(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Попитайте асистента' }).click();
  await page.getByRole('dialog', { name: 'Асистент на Столична община' }).waitFor();
}

async function ask(page: Page, text: string): Promise<void> {
  await page.getByLabel('Вашият въпрос').fill(text);
  await page.keyboard.press('Enter');
}

describe('the chat widget on a directory page', () => {
  it('answers with a card, follows the e-service link, keeps history across a reload, and passes axe', async () => {
    expect(eServiceUrl).toMatch(/^https:\/\//);
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const cspErrors: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // The e-service is on the internet: the hub's redirect is followed by hand and the e-service answers from a stub.
    const redirects: string[] = [];
    await context.route(`${hub.url}/api/chat/go/**`, async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      redirects.push(response.headers()['location'] ?? '');
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>e-service</title>' });
    });

    await page.goto(`${hub.url}/services/property-tax-payment`);
    await openWidget(page);
    // Focus moves into the dialog, to the question field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hubchat-input');
    await page.locator('.hubchat-msg--bot').first().waitFor();

    await ask(page, 'danak sgrada');
    const card = page.locator('.hubchat-card').first();
    await card.waitFor();
    expect(await card.locator('.hubchat-card__title').textContent()).toBeTruthy();
    const eService = card.locator('a.hubchat-card__link').first();
    // The e-service link goes through the hub's counting redirect (a chat click-out), then to the guide's URL.
    expect(await eService.getAttribute('href')).toBe(
      `${hub.url}/api/chat/go/property-tax-payment?channel=chat&lang=bg`,
    );
    expect(await eService.getAttribute('rel')).toContain('noopener');
    await page.screenshot({ path: path.join(shots, 'widget-desktop-card.png') });
    // A new bot message was announced politely.
    expect(await page.locator('.hubchat [aria-live="polite"]').textContent()).toMatch(/Асистент:/);
    const [popup] = await Promise.all([context.waitForEvent('page'), eService.click()]);
    await popup.waitForLoadState();
    expect(redirects).toEqual([eServiceUrl]);
    await popup.close();
    const clickOuts = (await (await fetch(`${hub.url}/api/popularity?type=click_out&by=channel`)).json()) as {
      rows: { key: string; count: number }[];
    };
    expect(clickOuts.rows).toEqual([{ key: 'chat', count: 1 }]);

    // Hostile text is shown as text, never as markup.
    const hostile = '<img src=x onerror=alert(1)>';
    await ask(page, hostile);
    const mine = page.locator('.hubchat-msg--citizen').last();
    await expect.poll(() => mine.textContent()).toContain(hostile);
    expect(await page.locator('.hubchat-log img').count()).toBe(0);

    await page.screenshot({ path: path.join(shots, 'widget-desktop.png') });
    const severe = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe, JSON.stringify(severe)).toEqual([]);

    // Reload: the dialog reopens with the same conversation, each message once.
    const before = await page.locator('.hubchat-msg').count();
    await page.reload();
    await page.locator('.hubchat-card').first().waitFor();
    await expect.poll(() => page.locator('.hubchat-msg').count()).toBe(before);
    expect(await page.locator('.hubchat-msg--citizen').first().textContent()).toContain('danak sgrada');
    const seqs = await page
      .locator('.hubchat-msg')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-seq'))));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    // Keyboard: Escape closes and gives focus back to the launcher.
    await page.getByLabel('Вашият въпрос').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('#hubchat-panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hubchat-launcher');
    expect(dialogs).toEqual([]);
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('embeds on another site with one script tag (cross-origin, English)', async () => {
    const page = await browser.newPage();
    await page.goto(`${embedderOrigin}/`);
    await page.getByRole('button', { name: 'Ask the assistant' }).click();
    await page.getByRole('dialog', { name: 'Sofia Municipality assistant' }).waitFor();
    await page.getByLabel('Your question').fill('how do I pay property tax');
    await page.keyboard.press('Enter');
    await page.locator('.hubchat-card').first().waitFor();
    expect(await page.locator('.hubchat-card__title').first().textContent()).toMatch(/tax/i);
    await page.close();
  });

  it('works on a phone: quick replies are buttons, and it looks right', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${hub.url}/`);
    await openWidget(page);
    await page.locator('.hubchat-msg--bot').first().waitFor();
    await page.screenshot({ path: path.join(shots, 'widget-phone-greeting.png') });
    // Keyboard only: the quick replies sit just before the question field; Shift+Tab reaches one, Enter sends it.
    await page.locator('.hubchat-choice').first().waitFor();
    await page.getByLabel('Вашият въпрос').focus();
    await page.keyboard.press('Shift+Tab');
    const choice = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hubchat-choice');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.hubchat-msg--citizen').last().textContent()).toContain(choice);
    await expect.poll(() => page.locator('.hubchat-msg--bot').count()).toBeGreaterThan(1);
    await ask(page, 'danak sgrada');
    await page.locator('.hubchat-card').first().waitFor();
    await page.screenshot({ path: path.join(shots, 'widget-phone.png') });
    await ask(page, 'колко струва?');
    await expect.poll(() => page.locator('.hubchat-msg--bot').count()).toBeGreaterThan(2);
    const severe = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe, JSON.stringify(severe)).toEqual([]);
    await context.close();
  });
});

/** The socket Origin check needs PUBLIC_ORIGIN, and so the port, before the server starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
