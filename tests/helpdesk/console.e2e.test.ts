import type { MessageDto, QueueUpdated, WalkthroughDto } from '@hub/contract';
import { loadKnowledgeBase } from '@hub/knowledge';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { builtAppsDir } from './support/apps.ts';
import { call, next, startTestHub, type Client, type TestHub } from './support/hub.ts';

let h: TestHub;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [h, browser] = await Promise.all([
    startTestHub({ kb: loadKnowledgeBase(), appsDir: builtAppsDir(), assistant: true }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await h?.close();
});

async function console(who: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'bg-BG' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
  await page.goto(`${h.hub.url}/helpdesk`);
  await page.fill('#login-email', `${who}@hub.local`);
  await page.fill('#login-password', `${who}-password-123`);
  await page.click('button[type=submit]');
  await page.waitForSelector('.topbar');
  return page;
}

/** Collects what the citizen's client receives. */
function listen(socket: Client) {
  const messages: MessageDto[] = [];
  const queue: QueueUpdated[] = [];
  socket.on('message.created', (m) => messages.push(m));
  socket.on('queue.updated', (q) => queue.push(q));
  return { messages, queue };
}

async function until(check: () => boolean, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a citizen and agents in the console (Playwright, real server)', () => {
  it('ask the bot, ask for a person, queue position, claim, chat, walkthrough tick, transfer, close, rating', async () => {
    const ana = await console('ana');
    const boris = await console('boris');

    // The citizen asks the bot, then for a person.
    const citizen = await h.citizen();
    const heard = listen(citizen);
    const { conversationId } = await call<{ conversationId: string }>(citizen, 'conversation.start', {
      channel: 'web',
      lang: 'bg',
      district: 'lozenets',
    });
    await call(citizen, 'message.send', {
      conversationId,
      clientMessageId: 'e2e-citizen-01',
      body: 'Как да получа удостоверение за наследници?',
    });
    await until(() => heard.messages.some((m) => m.authorKind === 'bot'), 'a bot answer');
    await call(citizen, 'handoff.request', { conversationId, serviceSlug: 'heirs-certificate' });
    await until(
      () => heard.queue.some((q) => q.conversationId === conversationId && q.position === 1),
      'queue position 1',
    );

    // Ana sees the new handoff and takes it; the bot's answer is in the transcript she opens.
    const card = ana.locator('.qcard', { hasText: 'наследници' });
    await card.waitFor();
    await card.locator('.qcard-claim').click();
    await ana.waitForSelector('.msg-bot');
    expect(await ana.locator('.msg-citizen .msg-body').first().textContent()).toContain(
      'удостоверение за наследници',
    );

    // Both exchange messages.
    await ana.fill('#composer-reply', 'Здравейте, аз съм Ана от общината. Ще Ви помогна.');
    await ana.keyboard.press('Control+Enter');
    await until(
      () =>
        heard.messages.some((m) => m.authorKind === 'agent' && m.body.startsWith('Здравейте, аз съм Ана')),
      'the agent reply',
    );
    await call(citizen, 'message.send', {
      conversationId,
      clientMessageId: 'e2e-citizen-02',
      body: '<img src=x onerror=alert(1)> Благодаря!',
    });
    const shown = ana.locator('.msg-citizen .msg-body', { hasText: 'Благодаря!' });
    await shown.waitFor();
    // Shown as text, never as markup: no <img> in the transcript, no alert dialog (the page fails on one).
    expect(await shown.textContent()).toBe('<img src=x onerror=alert(1)> Благодаря!');
    expect(await ana.locator('.transcript img').count()).toBe(0);

    // A walkthrough: the citizen ticks the first step and Ana sees which step they are on.
    const started = next<{ walkthrough: WalkthroughDto }>(citizen, 'walkthrough.started');
    await ana.getByRole('button', { name: 'Преведи стъпка по стъпка' }).click();
    const { walkthrough } = await started;
    await call(citizen, 'walkthrough.tick', { walkthroughId: walkthrough.id, step: 0, done: true });
    await ana.locator('.walk-status', { hasText: 'стъпка 2' }).waitFor();
    await ana.locator('.walk .walk-steps li.done').first().waitFor();
    expect(await ana.locator('.walk .walk-steps li.done').count()).toBe(1);

    // Transfer to Boris with a note; Boris sees it marked for him and takes it.
    await ana.getByRole('button', { name: 'Прехвърли' }).first().click();
    await ana.selectOption('#transfer-agent', h.staff.boris!.id);
    await ana.fill('#transfer-note', 'Гражданинът е на стъпка 2, Лозенец');
    await ana.locator('dialog button[type=submit]').click();
    await ana.locator('.toast', { hasText: 'прехвърлен' }).waitFor();
    const forBoris = boris.locator('.qcard', { hasText: 'прехвърлен към Вас' });
    await forBoris.waitFor();
    await forBoris.locator('.qcard-claim').click();
    await boris.locator('.note-transfer', { hasText: 'стъпка 2, Лозенец' }).waitFor();

    // Boris closes with a resolution; the citizen is asked for a rating and gives it; Boris sees it.
    const asked = next<{ conversationId: string }>(citizen, 'csat.requested');
    await boris.getByRole('button', { name: 'Приключи' }).click();
    await boris.getByLabel('Насочен онлайн').check();
    await boris.locator('dialog button[type=submit]').click();
    expect((await asked).conversationId).toBe(conversationId);
    await call(citizen, 'csat.submit', { conversationId, rating: 5 });
    await boris.locator('.msg-body', { hasText: 'Оценка от гражданина: 5 от 5' }).waitFor();
    const handoff = await h.t.db.handoffRequest.findFirstOrThrow({ where: { conversationId } });
    expect(handoff).toMatchObject({ state: 'resolved', agentId: h.staff.boris!.id });
    expect(
      (await h.t.db.helpdeskCase.findUniqueOrThrow({ where: { handoffId: handoff.id } })).resolution,
    ).toBe('guided_online');
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
