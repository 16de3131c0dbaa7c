import type { Activity, Transcript } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { HANDOFF_INITIATE, HANDOFF_STATUS } from '../handoff/handoff-status.ts';
import { createHarness, NIGHT_TIME, phrase, texts } from '../testing/harness.ts';
import { play, type Script } from '../testing/expect.ts';

const initiation = (replies: Partial<Activity>[]) =>
  replies.find((r) => r.type === 'event' && r.name === HANDOFF_INITIATE);

const requests: Script[] = [
  {
    name: 'bg: "искам да говоря с човек"',
    lang: 'bg',
    turns: [['искам да говоря с човек', { says: ['handoff.connecting'] }]],
  },
  { name: 'bg: "оператор"', lang: 'bg', turns: [['оператор', { says: ['handoff.connecting'] }]] },
  {
    name: 'bg: the quick reply "Говори със служител"',
    lang: 'bg',
    turns: [['Говори със служител', { says: ['handoff.connecting'] }]],
  },
  {
    name: 'en: "talk to a person"',
    lang: 'en',
    turns: [['talk to a person', { says: ['handoff.connecting'] }]],
  },
  {
    name: 'en: "I want to speak to a human"',
    lang: 'en',
    turns: [['I want to speak to a human', { says: ['handoff.connecting'] }]],
  },
];

const failures: Script[] = [
  {
    name: 'bg: two unanswered questions in a row bring in a person',
    lang: 'bg',
    turns: [
      ['как да отгледам домати', { says: ['noMatch.text'], notSays: ['handoff.connecting'] }],
      ['абракадабра', { says: ['noMatch.again', 'handoff.connecting'] }],
    ],
  },
  {
    name: 'en: two unanswered questions in a row bring in a person',
    lang: 'en',
    turns: [
      ['how do I grow tomatoes', { says: ['noMatch.text'], notSays: ['handoff.connecting'] }],
      ['what is the weather on mars', { says: ['noMatch.again', 'handoff.connecting'] }],
    ],
  },
  {
    name: 'bg: an answer in between resets the count',
    lang: 'bg',
    turns: [
      ['как да отгледам домати', { says: ['noMatch.text'] }],
      ['danak sgrada', { slug: 'property-tax-payment' }],
      ['абракадабра', { says: ['noMatch.text'], notSays: ['handoff.connecting'] }],
    ],
  },
];

const offHours: Script[] = [
  {
    name: 'bg: at night a call-back is offered instead',
    lang: 'bg',
    turns: [
      [
        'искам да говоря с човек',
        {
          says: ['callback.offHours', 'callback.offer'],
          notSays: ['handoff.connecting'],
          contains: ['понеделник – петък, 09:00–17:30'],
        },
      ],
    ],
  },
  {
    name: 'en: at night a call-back is offered instead',
    lang: 'en',
    turns: [
      [
        'talk to a person',
        {
          says: ['callback.offHours', 'callback.offer'],
          notSays: ['handoff.connecting'],
          contains: ['Monday – Friday, 09:00–17:30'],
        },
      ],
    ],
  },
];

describe('handoff to a person', () => {
  it.each(requests.map((s) => [s.name, s] as const))('on request, %s', async (_name, script) => {
    const h = createHarness();
    await play(h, script);
    expect(h.eventsNamed('handoffRequested')).toHaveLength(1);
  });

  it.each(failures.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    await play(createHarness(), script);
  });

  it.each(offHours.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    const h = createHarness({ now: NIGHT_TIME });
    await play(h, script);
    expect(h.eventsNamed('handoffRequested')).toEqual([]);
  });

  it('sends handoff.initiate with the masked transcript and the context', async () => {
    const h = createHarness();
    await h.say('heirs certificate');
    await h.say('Lozenets');
    await h.say('my number is 8032056031');
    const replies = await h.say('talk to a person');
    const event = initiation(replies);
    expect(event?.value).toEqual({
      conversationId: 'conversation-1',
      channelId: 'test',
      lang: 'en',
      reason: 'requested',
      slug: 'heirs-certificate',
      district: 'lozenets',
    });
    const transcript = event?.attachments?.[0]?.content as Transcript;
    const lines = transcript.activities.map((a) => `${a.from.role}: ${a.text}`);
    expect(lines).toContain('user: heirs certificate');
    expect(lines).toContain('user: my number is [EGN]');
    expect(JSON.stringify(transcript)).not.toContain('8032056031');
    expect(h.eventsNamed('handoffRequested')[0]).toMatchObject({
      slug: 'heirs-certificate',
      district: 'lozenets',
      reason: 'requested',
    });
  });

  it.each([
    ['bg', 'оператор', 'Мястото ви на опашката: 4. Очаквано изчакване: около 12 мин.'],
    ['en', 'talk to a person', 'Your place in the queue: 4. Expected wait: about 12 min.'],
  ] as const)(
    '%s: tells the queue position and wait when availability is known',
    async (_lang, ask, expected) => {
      const h = createHarness({ availability: async () => ({ agentsOnline: 2, queueLength: 3 }) });
      expect(texts(await h.say(ask))).toContain(expected);
    },
  );

  it('offers a call-back when nobody is online', async () => {
    const h = createHarness({ availability: async () => ({ agentsOnline: 0, queueLength: 0 }) });
    const replies = await h.say('talk to a person');
    expect(texts(replies)).toContain(phrase('en', 'callback.noAgents'));
    expect(initiation(replies)).toBeUndefined();
  });

  it('stays silent while a person has the conversation, resumes after handoff.status completed', async () => {
    const h = createHarness();
    await h.say('talk to a person');
    expect(await h.say('hello?')).toEqual([]);
    expect(await h.event(HANDOFF_STATUS, { state: 'accepted' })).toEqual([]);
    expect(await h.say('danak sgrada')).toEqual([]);
    expect(h.eventsNamed('answered')).toEqual([]);
    const resumed = await h.event(HANDOFF_STATUS, { state: 'completed' });
    expect(texts(resumed)).toBe(phrase('en', 'handoff.resumed'));
    expect((await h.say('danak sgrada')).map((r) => r.channelData)).toContainEqual({
      slug: 'property-tax-payment',
    });
  });

  it('resumes with an apology and a call-back option after handoff.status failed', async () => {
    const h = createHarness();
    await h.say('искам да говоря с човек');
    const replies = await h.event(HANDOFF_STATUS, { state: 'failed', message: 'queue closed' });
    expect(texts(replies)).toBe(phrase('bg', 'handoff.failed'));
    expect(replies[0]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Обратно обаждане']);
  });

  it('ignores handoff.status when no handoff is active, and invalid status values', async () => {
    const h = createHarness();
    expect(await h.event(HANDOFF_STATUS, { state: 'completed' })).toEqual([]);
    await h.say('talk to a person');
    expect(await h.event(HANDOFF_STATUS, { state: 'whatever' })).toEqual([]);
    expect(await h.say('hello')).toEqual([]);
  });

  it('a failing availability check or events sink does not break the conversation', async () => {
    const h = createHarness({
      availability: async () => {
        throw new Error('down');
      },
      events: {
        handoffRequested: async () => {
          throw new Error('sink down');
        },
      },
    });
    expect(texts(await h.say('talk to a person'))).toContain(phrase('en', 'handoff.connecting'));
    expect(h.logs.map((l) => l.event)).toEqual(
      expect.arrayContaining(['assistant.availability_failed', 'assistant.event_failed']),
    );
  });
});
