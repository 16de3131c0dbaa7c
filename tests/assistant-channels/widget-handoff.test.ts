// The widget while waiting for a person (in staff hours, an agent online): queue position and wait, the agent's
// typing and messages, then the bot back after the agent closes — in Chromium against the hub.
import path from 'node:path';
import { createDirectoryRouter, directoryNotFound } from '@hub/server/src/directory/index.ts';
import { notifyHandoffStatus } from '@hub/server/src/bot-host/index.ts';
import { createLocalUser } from '@hub/server/src/staff/users.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { freePort, openSocket, staffCookie, startTestHub, type Client, type TestHub } from './support/hub.ts';

let h: TestHub;
let browser: Browser;
let agent: Client;
const shots = path.resolve(import.meta.dirname, '../../screenshots');

beforeAll(async () => {
  // The page's origin must be the hub's public origin for the socket Origin check.
  const port = await freePort();
  h = await startTestHub(
    { port, publicOrigin: `http://127.0.0.1:${port}` },
    {
      appsDir: path.resolve(import.meta.dirname, '../../dist/apps'),
      directory: { router: createDirectoryRouter, notFound: directoryNotFound },
    },
  );
  await createLocalUser(h.t.db, {
    email: 'agent@hub.local',
    displayName: 'Agent',
    role: 'agent',
    password: 'agent-password-123',
  });
  agent = await openSocket(h.hub.url, {
    origin: h.hub.url,
    cookie: await staffCookie(h.hub.url, 'agent@hub.local', 'agent-password-123'),
  });
  browser = await launchChromium();
});
afterAll(async () => {
  agent?.disconnect();
  await browser?.close();
  await h?.close();
});

describe('the widget during a handoff', () => {
  it('shows the queue, the agent typing and writing, then the bot again', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${h.hub.url}/services/property-tax-payment`);
    await page.getByRole('button', { name: 'Попитайте асистента' }).click();
    const requested = new Promise<{ id: string; conversationId: string }>((resolve) =>
      agent.once('handoff.requested', resolve),
    );
    await page.getByLabel('Вашият въпрос').fill('искам да говоря с човек');
    await page.keyboard.press('Enter');
    const handoff = await requested;
    const status = page.locator('.hubchat-status');
    await expect
      .poll(() => status.textContent())
      .toMatch(/Вие сте 1-и на опашката\. Очаквано време: около \d+ мин\./);
    await page.screenshot({ path: path.join(shots, 'widget-phone-queue.png') });

    expect((await agent.emitWithAck('handoff.accept', { handoffId: handoff.id })).ok).toBe(true);
    await expect.poll(() => status.isHidden()).toBe(true);
    await agent.emitWithAck('typing', { conversationId: handoff.conversationId, typing: true });
    await expect.poll(() => status.textContent()).toContain('Служителят пише…');
    await agent.emitWithAck('message.send', {
      conversationId: handoff.conversationId,
      clientMessageId: 'agent-0001',
      body: 'Здравейте, аз съм Мария. С какво да помогна?',
    });
    await page.locator('.hubchat-msg--agent').waitFor();
    await expect.poll(() => status.isHidden()).toBe(true); // the agent's message ends their typing
    expect(await page.locator('.hubchat [aria-live="polite"]').textContent()).toContain(
      'Служител: Здравейте, аз съм Мария.',
    );
    await page.screenshot({ path: path.join(shots, 'widget-phone-agent.png') });

    const bots = await page.locator('.hubchat-msg--bot').count();
    await notifyHandoffStatus(h.hub.io, handoff.conversationId, 'completed');
    await expect.poll(() => page.locator('.hubchat-msg--bot').count()).toBe(bots + 1);
    await expect.poll(() => status.isHidden()).toBe(true);
    await context.close();
  });
});
