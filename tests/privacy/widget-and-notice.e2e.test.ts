// The privacy notice and the widget's "Your data" on the real server (startServer: temp SQLite, built apps,
// the retention job running): the notice quotes the RETENTION_* settings the server was started with; the
// widget downloads the transcript as a file and deletes the conversation in the browser and on the server.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type Db } from '@hub/server/src/db/client.ts';
import { startServer, type StartedHub } from '@hub/server/src/server.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { describeViolations, type AxeViolation } from '../directory/support/axe.ts';

/** Screenshots for review (`SHOTS=1` adds the full notice pages in both languages, phone and desktop). */
const SHOTS = '/tmp/shots/privacy';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

let dataDir: string;
let hub: StartedHub;
let browser: Browser;
let db: Db;

beforeAll(async () => {
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../../dist/apps/widget/widget.js')))
    throw new Error('run `npm run build:apps` first');
  fs.mkdirSync(SHOTS, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-privacy-'));
  const port = await freePort();
  hub = await startServer({
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      ASSISTANT: 'true',
      MEDIA_AUTOGEN: 'off',
      RETENTION_CONVERSATION_DAYS: '45',
      RETENTION_IDENTITY_DAYS: '11',
      RETENTION_ANALYTICS_DETAIL_DAYS: '21',
      RETENTION_ANALYTICS_DAYS: '200',
      RETENTION_AUDIT_DAYS: '400',
      RETENTION_INTERVAL_MINUTES: '30',
    },
    announce: () => {},
  });
  db = createPrismaClient(hub.config.databaseUrl);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
  await hub?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const severe = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

describe('the privacy notice', () => {
  it('quotes the configured periods in Bulgarian and English, is linked from the footer, and passes axe', async () => {
    for (const [pathName, expected] of [
      ['/privacy', ['45 дни', '11 дни', '21 дни', '200 дни', '400 дни', '30 дни', 'на всеки 30 минути']],
      ['/en/privacy', ['45 days', '11 days', '21 days', '200 days', '400 days', 'every 30 minutes']],
    ] as const) {
      for (const [name, viewport] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        const page = await browser.newPage({ viewport });
        try {
          const res = await page.goto(hub.url + pathName);
          expect(res?.status()).toBe(200);
          const text = await page.locator('main').innerText();
          for (const phrase of expected) expect(text, phrase).toContain(phrase);
          expect(await page.locator('[data-privacy-row]').count()).toBe(6);
          if (name === 'phone') {
            const violations = severe(await axe(page));
            expect(violations, describeViolations(violations)).toEqual([]);
          }
          // Full-page screenshots for review take seconds: only with SHOTS=1.
          if (process.env.SHOTS)
            await page.screenshot({
              path: `${SHOTS}/notice-${pathName === '/privacy' ? 'bg' : 'en'}-${name}.png`,
              fullPage: true,
            });
        } finally {
          await page.close();
        }
      }
    }
    const page = await browser.newPage();
    await page.goto(`${hub.url}/en`);
    await page.locator('footer').getByRole('link', { name: 'Personal data and privacy' }).click();
    await page.waitForURL(`${hub.url}/en/privacy`);
    await page.close();
  });
});

describe('"Your data" in the widget', () => {
  it('downloads the transcript as a file, then deletes the conversation in the browser and on the server', async () => {
    const context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${hub.url}/services/property-tax-payment`);
    await page.getByRole('button', { name: 'Попитайте асистента' }).click();
    await page.getByLabel('Вашият въпрос').fill('как да платя данък сгради');
    await page.keyboard.press('Enter');
    // The bot answers (a stored bot message appears after ours).
    await page.locator('.hubchat-log > li').nth(1).waitFor();
    const conversationId = await page.evaluate(
      (hubUrl) => JSON.parse(localStorage.getItem(`hub-chat:${hubUrl}`) ?? '{}').conversationId as string,
      hub.url,
    );
    expect(await db.message.count({ where: { conversationId } })).toBeGreaterThanOrEqual(2);

    const toggle = page.getByRole('button', { name: 'Вашите данни' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const violations = severe(await axe(page, '.hubchat'));
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/widget-your-data-phone.png` });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Изтегляне на разговора' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^conversation-\d{4}-\d\d-\d\d\.txt$/);
    const file = fs.readFileSync(await download.path(), 'utf8');
    expect(file).toContain('Вие: как да платя данък сгради');
    expect(file).toContain('Асистент:');
    await page.getByText('Разговорът е изтеглен като текстов файл.').waitFor();

    await page.getByRole('button', { name: 'Изтриване на разговора' }).click();
    const question = page.getByText('Да изтрием ли разговора');
    await question.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('hubchat-mydata-confirm');
    await page.screenshot({ path: `${SHOTS}/widget-confirm-phone.png` });
    await page.getByRole('button', { name: 'Да, изтрийте' }).click();
    await page.getByText('Разговорът е изтрит.').waitFor();
    expect(await page.locator('.hubchat-log > li').count()).toBe(0);
    expect(await page.evaluate((hubUrl) => localStorage.getItem(`hub-chat:${hubUrl}`), hub.url)).toBe('{}');
    expect(await db.conversation.count({ where: { id: conversationId } })).toBe(0);
    expect(await db.message.count({ where: { conversationId } })).toBe(0);
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: `${SHOTS}/widget-deleted-desktop.png` });

    // Writing again starts a new conversation under a new token.
    await page.getByLabel('Вашият въпрос').fill('здравейте');
    await page.keyboard.press('Enter');
    await page.locator('.hubchat-log > li').first().waitFor();
    const fresh = await page.evaluate(
      (hubUrl) => JSON.parse(localStorage.getItem(`hub-chat:${hubUrl}`) ?? '{}').conversationId as string,
      hub.url,
    );
    expect(fresh).toBeTruthy();
    expect(fresh).not.toBe(conversationId);
    await context.close();
  });
});

/** axe-core (WCAG 2.1 A/AA) on the page or a part of it. */
async function axe(page: Page, only?: string): Promise<AxeViolation[]> {
  // Through DevTools: the page's CSP would block an injected <script>.
  const source = fs.readFileSync(
    path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
    'utf8',
  );
  await page.evaluate(source);
  return page.evaluate(async (selector) => {
    const run = (
      window as unknown as {
        axe: { run(ctx: unknown, o: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await run.run(selector ? { include: [[selector]] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, only);
}

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
