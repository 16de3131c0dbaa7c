/**
 * Screenshots of the help-desk console for looking at (not a test):
 *   npx tsx tests/helpdesk/screenshots.ts
 * Needs the built knowledge base and apps (`npm run build`). Writes screenshots/helpdesk-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '@hub/knowledge';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { call, startTestHub } from './support/hub.ts';
import { seedHistory, seedWaiting } from './support/seed.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(root, 'screenshots');
const SIZES = [
  ['desktop', { width: 1440, height: 900 }],
  ['laptop', { width: 1280, height: 800 }],
] as const;

async function signIn(page: Page, url: string, who: string) {
  await page.goto(`${url}/helpdesk`);
  await page.fill('#login-email', `${who}@hub.local`);
  await page.fill('#login-password', `${who}-password-123`);
  await page.click('button[type=submit]');
  await page.waitForSelector('.topbar');
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const h = await startTestHub({ kb: loadKnowledgeBase(), appsDir: path.join(root, 'dist', 'apps') });
  await seedHistory(h);
  const waiting = await seedWaiting(h);
  // One practice session so the supervisor's training table has rows.
  const trainee = await h.agent('boris');
  for (const [scenario, replies] of [
    [
      'heirs-certificate',
      [
        'Здравейте! Съжалявам за загубата Ви. Ще Ви помогна.',
        'Мога ли да помогна с нещо друго? Приятен ден!',
      ],
    ],
    ['types-egn', ['Моля, не пишете ЕГН в чата.']],
  ] as const) {
    const s = await call<{ session: { id: string } }>(trainee, 'training.start', { scenarioId: scenario });
    for (const body of replies) await call(trainee, 'training.reply', { sessionId: s.session.id, body });
    await call(trainee, 'training.guide', {
      sessionId: s.session.id,
      slug: scenario === 'types-egn' ? 'tax-obligations-certificate' : 'heirs-certificate',
    });
    await call(trainee, 'training.finish', { sessionId: s.session.id });
  }
  const browser = await launchChromium();
  try {
    for (const [size, viewport] of SIZES) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'bg-BG' });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('[pageerror]', e.message));
      await signIn(page, h.hub.url, 'sofia');
      await page.waitForSelector('.qcard');
      await page.screenshot({ path: path.join(outDir, `helpdesk-queue-${size}.png`) });

      if (size === 'desktop') {
        // Take the bereaved citizen, exchange messages, send a walkthrough; the citizen ticks a step.
        await page.locator('.qcard', { hasText: 'наследници' }).locator('.qcard-claim').click();
        await page.waitForSelector('.conversation .transcript');
        await page.fill(
          '#composer-reply',
          'Здравейте, казвам се София. Съжалявам за загубата Ви. Ще Ви помогна стъпка по стъпка.',
        );
        await page.keyboard.press('Control+Enter');
        await page.waitForSelector('.msg-agent');
        const citizen = waiting[0]!;
        await call(citizen.socket, 'message.send', {
          conversationId: citizen.conversationId,
          clientMessageId: 'shot-citizen-1',
          body: 'Благодаря. Живеем в Лозенец.',
        });
        await page.click('text=Преведи стъпка по стъпка');
        await page.waitForSelector('.walk');
        const w = await h.t.db.helpdeskWalkthrough.findFirstOrThrow({
          where: { conversationId: citizen.conversationId },
        });
        await call(citizen.socket, 'walkthrough.tick', { walkthroughId: w.id, step: 0, done: true });
        await page.waitForSelector('.walk-status');
        await page.fill('#composer-reply', 'Кажете ми ПИН кода си');
        await page.keyboard.press('Control+Enter');
        await page.waitForSelector('.composer-error');
        await page.fill('#composer-reply', '');
        await page.waitForTimeout(300);
      } else {
        await page.click('#view-active');
        await page.locator('.qcard').first().click();
        await page.waitForSelector('.walk');
      }
      await page.screenshot({ path: path.join(outDir, `helpdesk-conversation-${size}.png`) });

      await page.click('.tab >> text=Наблюдение');
      await page.waitForSelector('.kpis');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(outDir, `helpdesk-supervisor-${size}.png`) });

      await page.click('.tab >> text=Обучение');
      await page.waitForSelector('.scenario');
      await page.screenshot({ path: path.join(outDir, `helpdesk-training-${size}.png`) });
      await page.locator('.scenario', { hasText: 'ЕГН' }).locator('button').click();
      await page.waitForSelector('.practice');
      await page.fill('#practice-text', 'Здравейте! Моля, не пишете ЕГН в чата — това са лични данни.');
      await page.keyboard.press('Control+Enter');
      await page.waitForTimeout(900);
      await page.screenshot({ path: path.join(outDir, `helpdesk-training-chat-${size}.png`) });
      await page.click('text=Завърши и виж оценката');
      await page.waitForSelector('.score-card');
      await page.screenshot({ path: path.join(outDir, `helpdesk-training-score-${size}.png`) });
      await context.close();
    }
  } finally {
    await browser.close();
    await h.close();
  }
  console.log(`screenshots written to ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
