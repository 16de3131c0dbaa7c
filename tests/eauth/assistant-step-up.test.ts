import type { CitizenIdentityView } from '@hub/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, next, startTestHub, type TestHub } from '../helpdesk/support/hub.ts';
import { localEauth } from './support/local-eauth.ts';

let h: TestHub;
beforeAll(async () => {
  h = await startTestHub({ assistant: true, eauth: localEauth });
});
afterAll(async () => {
  await h?.close();
});

describe('the assistant asks for eAuth on personal matters (web chat only)', () => {
  it.each([
    ['колко ми е данъкът за колата', 'personal_tax'],
    ['какво става с моето заявление за детска градина', 'kindergarten'],
  ])('"%s" → a sign-in card (%s)', async (text, reason) => {
    const citizen = await h.citizen();
    const { conversationId } = await call<{ conversationId: string }>(citizen, 'conversation.start', {
      channel: 'chat',
      lang: 'bg',
    });
    const card = next<CitizenIdentityView>(citizen, 'identity.updated', 15_000);
    await call(citizen, 'message.send', { conversationId, clientMessageId: `m-${reason}-0001`, body: text });
    expect(await card).toMatchObject({
      conversationId,
      state: 'requested',
      request: { level: 'SUBSTANTIAL', reason, by: 'assistant' },
    });
  });

  it('a service question is not a personal matter, and a messenger conversation never gets the card', async () => {
    const citizen = await h.citizen();
    /** Starts a conversation on the channel, writes, waits for the bot's answer; the open request, if any. */
    const ask = async (channel: string, body: string) => {
      const { conversationId } = await call<{ conversationId: string }>(citizen, 'conversation.start', {
        channel,
        lang: 'bg',
      });
      const answered = next(citizen, 'message.created', 15_000);
      await call(citizen, 'message.send', { conversationId, clientMessageId: `m-${channel}-00001`, body });
      await answered;
      return h.t.db.identityRequest.findUnique({ where: { conversationId } });
    };
    expect(await ask('chat', 'как да платя данък сгради')).toBeNull();
    expect(await ask('viber', 'колко ми е данъкът')).toBeNull();
  });
});
