import { loadKnowledgeBase } from '@hub/knowledge';
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../directory/support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { builtAppsDir } from './support/apps.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// Two browser contexts against one real hub: a citizen in the real chat widget on a directory page (phone size)
// and agents in the help-desk console.
let h: TestHub;
let browser: Browser;
const contexts: BrowserContext[] = [];
const SHOTS = '/tmp/shots/helpdesk-widget';
const XSS = '<img src=x onerror=alert(1)> Благодаря!';

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  [h, browser] = await Promise.all([
    startTestHub({
      kb: loadKnowledgeBase(),
      appsDir: builtAppsDir(),
      assistant: true,
      directory: true,
      officeHours: true,
    }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await h?.close();
});

async function newPage(options: Parameters<Browser['newContext']>[0]): Promise<Page> {
  const context = await browser.newContext({ locale: 'bg-BG', ...options });
  contexts.push(context);
  const page = await context.newPage();
  // Any dialog (an injected alert) fails the test.
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
  return page;
}

async function console(who: string): Promise<Page> {
  const page = await newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${h.hub.url}/helpdesk`);
  await page.fill('#login-email', `${who}@hub.local`);
  await page.fill('#login-password', `${who}-password-123`);
  await page.click('button[type=submit]');
  await page.waitForSelector('.topbar');
  return page;
}

/** The real widget on a service page, opened, on a phone. axe is injected later, so CSP is bypassed. */
async function citizenPage(): Promise<Page> {
  const page = await newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    bypassCSP: true,
  });
  await page.goto(`${h.hub.url}/services/heirs-certificate`);
  await page.getByRole('button', { name: 'Попитайте асистента' }).click();
  return page;
}

describe('a citizen in the widget and agents in the console (two browser contexts, real server)', () => {
  it('bot, person, queue, claim, typing, chat, guides, walkthrough tick, transfer, close, rating, stats', async () => {
    const [ana, boris, citizen] = await Promise.all([console('ana'), console('boris'), citizenPage()]);
    const widget = citizen.locator('.hubchat');
    const status = citizen.locator('.hubchat-status');
    const ask = async (text: string) => {
      await citizen.getByLabel('Вашият въпрос').fill(text);
      await citizen.keyboard.press('Enter');
    };

    // The citizen asks the bot, then for a person, and sees their place in the queue.
    await ask('Как да получа удостоверение за наследници?');
    await citizen.locator('.hubchat-msg--bot').first().waitFor();
    await ask('искам да говоря с човек');
    await expect.poll(() => status.textContent()).toMatch(/Вие сте 1-и на опашката/);

    // Ana takes it; the bot's part is in the transcript she opens.
    await ana.locator('.qcard .qcard-claim').first().click();
    await ana.waitForSelector('.msg-bot');
    expect(await ana.locator('.msg-citizen .msg-body').first().textContent()).toContain(
      'удостоверение за наследници',
    );
    await expect.poll(() => status.isHidden()).toBe(true);

    // Typing both ways, then messages both ways.
    await ana.locator('#composer-reply').fill('Здравейте, аз съм Ана от общината.');
    await expect.poll(() => status.textContent()).toContain('Служителят пише…');
    await ana.keyboard.press('Control+Enter');
    await widget.locator('.hubchat-msg--agent', { hasText: 'аз съм Ана' }).waitFor();
    await citizen.getByLabel('Вашият въпрос').fill('<img');
    await ana.locator('.transcript .typing').waitFor();
    await ask(XSS);
    const shown = ana.locator('.msg-citizen .msg-body', { hasText: 'Благодаря!' });
    await shown.waitFor();
    // Shown as text in both, never as markup (and no dialog fired: the pages fail on one).
    expect(await shown.textContent()).toBe(XSS);
    expect(await ana.locator('.transcript img').count()).toBe(0);
    expect(await widget.locator('.hubchat-msg--citizen', { hasText: 'Благодаря!' }).textContent()).toContain(
      XSS,
    );
    expect(await widget.locator('img').count()).toBe(0);

    // A guide card and a single step arrive as cards.
    await ana.getByRole('button', { name: 'Изпрати карта' }).click();
    await ana.getByRole('button', { name: 'Изпрати стъпка 1' }).click();
    await widget.locator('.hubchat-msg--agent .hubchat-card__title', { hasText: /^Стъпка 1\// }).waitFor();
    expect(await widget.locator('.hubchat-msg--agent .hubchat-card').count()).toBe(2);
    await citizen.screenshot({ path: `${SHOTS}/widget-phone-guide-cards.png` });

    // A walkthrough: a checklist of real, labelled checkboxes; the citizen ticks step 1 and Ana sees step 2.
    await ana.getByRole('button', { name: 'Преведи стъпка по стъпка' }).click();
    const checklist = widget.locator('fieldset.hubchat-walk');
    await checklist.waitFor();
    const boxes = checklist.getByRole('checkbox');
    const total = await boxes.count();
    expect(total).toBeGreaterThan(1);
    await expect
      .poll(() => widget.locator('[aria-live="polite"]').textContent())
      .toContain('списък със стъпки');
    await checklist.getByRole('checkbox', { name: /^Стъпка 1/ }).check();
    await ana.locator('.walk-status', { hasText: 'стъпка 2' }).waitFor();
    await ana.locator('.walk .walk-steps li.done').first().waitFor();
    expect(await ana.locator('.walk .walk-steps li.done').count()).toBe(1);
    await expect
      .poll(() => checklist.locator('.hubchat-walk__progress').textContent())
      .toBe(`Готови: 1 от ${total} стъпки.`);
    expect(await boxes.first().isChecked()).toBe(true);
    await checklist.scrollIntoViewIfNeeded();
    await citizen.screenshot({ path: `${SHOTS}/widget-phone-walkthrough.png` });

    // A reload brings the checklist back with its tick (not the text card it replaced), quietly.
    await citizen.reload();
    const restored = widget.locator('fieldset.hubchat-walk');
    await restored.waitFor();
    expect(await restored.getByRole('checkbox', { name: /^Стъпка 1/ }).isChecked()).toBe(true);
    expect(await restored.getByRole('checkbox').count()).toBe(total);
    expect(await restored.locator('.hubchat-walk__progress').textContent()).toBe(
      `Готови: 1 от ${total} стъпки.`,
    );
    expect(await restored.locator('input:checked').count()).toBe(1);
    expect(await widget.locator('.hubchat-walk').count()).toBe(1);
    expect(await widget.locator('[aria-live="polite"]').textContent()).not.toContain('списък със стъпки');
    await restored.getByRole('checkbox', { name: /^Стъпка 2/ }).check();
    await ana.locator('.walk .walk-steps li.done').nth(1).waitFor();
    await restored.scrollIntoViewIfNeeded();
    await citizen.screenshot({ path: `${SHOTS}/widget-phone-walkthrough-reloaded.png` });

    // Transfer to Boris with a note; the citizen is told; Boris sees it marked for him and takes it.
    await ana.getByRole('button', { name: 'Прехвърли' }).first().click();
    await ana.selectOption('#transfer-agent', h.staff.boris!.id);
    await ana.fill('#transfer-note', 'Гражданинът е на стъпка 2');
    await ana.locator('dialog button[type=submit]').click();
    await ana.locator('.toast', { hasText: 'прехвърлен' }).waitFor();
    await widget.locator('.hubchat-msg--system', { hasText: 'колега' }).waitFor();
    const forBoris = boris.locator('.qcard', { hasText: 'прехвърлен към Вас' });
    await forBoris.waitFor();
    await forBoris.locator('.qcard-claim').click();
    await boris.locator('.note-transfer', { hasText: 'стъпка 2' }).waitFor();

    // Boris closes with a resolution code; the widget asks for a rating (a radio group) and the citizen rates.
    await boris.getByRole('button', { name: 'Приключи' }).click();
    await boris.getByLabel('Насочен онлайн').check();
    await boris.locator('dialog button[type=submit]').click();
    await widget.locator('form.hubchat-csat').waitFor();
    // The rating prompt is still there after a reload (it was not answered yet).
    await citizen.reload();
    const rating = widget.locator('form.hubchat-csat');
    await rating.waitFor();
    expect(await widget.locator('form.hubchat-csat').count()).toBe(1);
    expect(await rating.getByRole('radio').count()).toBe(5);
    await rating.scrollIntoViewIfNeeded();
    await citizen.screenshot({ path: `${SHOTS}/widget-phone-rating.png` });
    const severe = (await runAxe(citizen)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe, describeViolations(severe)).toEqual([]);
    await rating.getByRole('button', { name: 'Изпращане на оценката' }).click();
    await rating.getByRole('alert').filter({ hasText: 'Изберете оценка' }).waitFor();
    await rating.getByRole('radio', { name: '5 от 5 – отлично' }).check();
    await rating.getByLabel('Коментар (по желание)').fill('Много полезно, благодаря');
    await rating.getByRole('button', { name: 'Изпращане на оценката' }).click();
    const thanks = widget.locator('.hubchat-csat__thanks');
    await thanks.waitFor();
    expect(await thanks.textContent()).toBe('Благодарим! Оценихте помощта с 5 от 5.');
    expect(await thanks.evaluate((node) => node === document.activeElement)).toBe(true);
    await boris.locator('.msg-body', { hasText: 'Оценка от гражданина: 5 от 5' }).waitFor();

    // Stored and counted for the supervisor.
    const handoff = await h.t.db.handoffRequest.findFirstOrThrow({ where: { agentId: h.staff.boris!.id } });
    expect(handoff.state).toBe('resolved');
    expect(
      (await h.t.db.helpdeskCase.findUniqueOrThrow({ where: { handoffId: handoff.id } })).resolution,
    ).toBe('guided_online');
    const sofia = await h.login('sofia');
    const stats = await request(h.hub.url).get('/api/helpdesk/stats').set('cookie', sofia.cookie).expect(200);
    expect(stats.body).toMatchObject({ csatAverage: 5, csatCount: 1 });
  });

  it('a practice session completed in the console shows its score to a supervisor', async () => {
    const ana = await console('ana');
    await ana.getByRole('button', { name: 'Обучение' }).click();
    await ana.locator('.scenario', { hasText: 'Вдигната кола' }).getByRole('button').click();
    await ana.fill(
      '#practice-text',
      'Здравейте! Разбирам Ви. Колата Ви най-вероятно е репатрирана — ето какво да направите.',
    );
    await ana.keyboard.press('Control+Enter');
    await ana.locator('.msg-citizen', { hasText: 'Откраднаха ли я' }).waitFor();
    await ana.fill('#pkb-search', 'репатриран автомобил');
    await ana.keyboard.press('Enter');
    await ana.locator('.result-row').first().getByRole('button').click();
    await ana.locator('.msg-citizen', { hasText: 'Отивам да си я взема' }).waitFor();
    await ana.fill('#practice-text', 'Мога ли да помогна с нещо друго? Приятен ден!');
    await ana.keyboard.press('Control+Enter');
    await ana.getByRole('button', { name: 'Завърши и виж оценката' }).click();
    const score = Number(await ana.locator('.score-number').textContent());
    expect(score).toBeGreaterThanOrEqual(75);

    const sofia = await console('sofia');
    await sofia.getByRole('button', { name: 'Наблюдение' }).click();
    const row = sofia
      .locator('.training-table tr', { hasText: 'Ана Петрова' })
      .filter({ hasText: 'Вдигната кола' });
    await row.waitFor();
    expect(await row.locator('strong').textContent()).toBe(String(score));
  });
});
