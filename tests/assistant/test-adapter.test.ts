// The assistant is plain Activity protocol: botbuilder's own TestAdapter drives it like any channel adapter would.
import { MemoryStorage, TestAdapter } from 'botbuilder';
import { loadKnowledgeBase } from '@hub/knowledge';
import { createAssistant, HANDOFF_STATUS, SOFIA_OFFICE_HOURS, type AssistantEvents } from '@hub/assistant';
import { describe, expect, it } from 'vitest';

const events: AssistantEvents = {
  answered: () => {},
  unanswered: () => {},
  feedback: () => {},
  handoffRequested: () => {},
  callbackRequested: () => {},
};

function assistant() {
  return createAssistant({
    kb: loadKnowledgeBase(),
    storage: new MemoryStorage(),
    clock: { now: () => new Date('2026-12-01T08:00:00Z') },
    hours: SOFIA_OFFICE_HOURS,
    events,
    publicBaseUrl: 'https://hub.example.bg',
  });
}

describe('the assistant under botbuilder TestAdapter', () => {
  it('greets, answers with a card, answers a follow-up', async () => {
    const bot = assistant();
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter
      .send('здравейте')
      .assertReply((a) => expect(a.text).toMatch(/^Здравейте!/))
      .send('danak sgrada')
      .assertReply((a) => {
        expect(a.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
        expect(a.channelData).toEqual({ slug: 'property-tax-payment' });
      })
      .send('колко струва?')
      .assertReply((a) => expect(a.text).toMatch(/^Колко струва/))
      .startTest();
  });

  it('hands off with a handoff.initiate event and resumes after handoff.status', async () => {
    const bot = assistant();
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter
      .send('talk to a person')
      .assertReply((a) => {
        expect(a.type).toBe('event');
        expect(a.name).toBe('handoff.initiate');
        expect(a.attachments?.[0]?.name).toBe('Transcript');
      })
      .assertReply((a) => expect(a.text).toMatch(/^I am connecting you/))
      .send('hello?')
      .send({ type: 'event', name: HANDOFF_STATUS, value: { state: 'completed' } })
      .assertReply((a) => expect(a.text).toMatch(/^The conversation with the staff member has ended/))
      .startTest();
  });
});
