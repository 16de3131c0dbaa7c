import type { MessageDto } from '@hub/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMessage, requestHandoff } from '../../server/src/conversations/store.ts';
import { conversationRoom } from '../../server/src/realtime/socket-kit.ts';
import { launchChromium } from '../support/browser.ts';
import { builtAppsDir } from './support/apps.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// Gap fill while connected: messages are stored but their pushes are lost (as when the Redis link of a node
// drops for a moment); the next push skips numbers, and the widget and the console read the missing ones back
// from the last contiguous number, show each once and in order — without a reconnect.
let h: TestHub;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [h, browser] = await Promise.all([
    startTestHub({ appsDir: builtAppsDir(), directory: true }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await h?.close();
});

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ locale: 'bg-BG', viewport });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  return page;
}

/** Stores messages; only the last one is pushed to the conversation room. */
async function storeWithLostPushes(
  conversationId: string,
  authorKind: 'agent' | 'citizen',
  bodies: string[],
) {
  let last: MessageDto | undefined;
  for (const body of bodies)
    last = (await appendMessage(h.t.db, { conversationId, clientMessageId: null, authorKind, body })).message;
  h.hub.io.to(conversationRoom(conversationId)).emit('message.created', last!);
}

describe('a push that skips sequence numbers is filled in while connected', () => {
  it('the widget and the console show the missing messages, once each, in order', async () => {
    const citizen = await newPage({ width: 390, height: 844 });
    await citizen.goto(`${h.hub.url}/services/heirs-certificate`);
    await citizen.getByRole('button', { name: 'Попитайте асистента' }).click();
    await citizen.getByLabel('Вашият въпрос').fill('Първо съобщение');
    await citizen.keyboard.press('Enter');
    const widget = citizen.locator('.hubchat');
    await widget.locator('.hubchat-msg--citizen', { hasText: 'Първо съобщение' }).waitFor();
    const conversationId = (await citizen.evaluate(
      (hub) => JSON.parse(localStorage.getItem(`hub-chat:${hub}`) ?? '{}').conversationId,
      h.origin,
    )) as string;

    // The widget: three agent messages stored, only the third pushed.
    const sockets = () => h.hub.io.in(conversationRoom(conversationId)).fetchSockets();
    expect((await sockets()).length).toBe(1);
    await storeWithLostPushes(conversationId, 'agent', ['Липсващо А', 'Липсващо Б', 'Последно В']);
    await widget.locator('.hubchat-msg--agent', { hasText: 'Липсващо Б' }).waitFor();
    const agentLines = () => widget.locator('.hubchat-msg--agent').allTextContents();
    await expect.poll(async () => (await agentLines()).length).toBe(3);
    const order = (await agentLines()).map((line) => /Липсващо А|Липсващо Б|Последно В/.exec(line)?.[0]);
    expect(order).toEqual(['Липсващо А', 'Липсващо Б', 'Последно В']);
    const seqs = await widget
      .locator('.hubchat-log [data-seq]')
      .evaluateAll((items) => items.map((i) => Number((i as HTMLElement).dataset.seq)));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);

    // The console: an agent has the conversation open; two citizen messages lost, the third pushed.
    await requestHandoff(h.t.db, { conversationId, serviceSlug: 'heirs-certificate' });
    const agent = await newPage({ width: 1440, height: 900 });
    await agent.goto(`${h.hub.url}/helpdesk`);
    await agent.fill('#login-email', 'ana@hub.local');
    await agent.fill('#login-password', 'ana-password-123');
    await agent.click('button[type=submit]');
    await agent.locator('.qcard .qcard-claim').first().click();
    await agent.locator('.msg-agent .msg-body', { hasText: 'Последно В' }).waitFor();
    await expect.poll(async () => (await sockets()).length).toBe(2);
    await storeWithLostPushes(conversationId, 'citizen', ['Гражданин 1', 'Гражданин 2', 'Гражданин 3']);
    await agent.locator('.msg-citizen .msg-body', { hasText: 'Гражданин 1' }).waitFor();
    await expect
      .poll(async () =>
        (await agent.locator('.transcript .msg-body').allTextContents()).filter((b) =>
          /Гражданин \d/.test(b),
        ),
      )
      .toEqual(['Гражданин 1', 'Гражданин 2', 'Гражданин 3']);
    // The widget got them too (its own pushes skipped the same numbers).
    await widget.locator('.hubchat-msg--citizen', { hasText: 'Гражданин 2' }).waitFor();
  });
});
