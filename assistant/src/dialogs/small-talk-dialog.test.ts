import { describe, expect, it } from 'vitest';
import { createHarness, heroCard, phrase, suggestions } from '../testing/harness.ts';
import { play, type Script } from '../testing/expect.ts';

const scripts: Script[] = [
  { name: 'bg: greeting', lang: 'bg', turns: [['Здравейте!', { says: ['greeting.text'], choices: 3 }]] },
  { name: 'en: greeting', lang: 'en', turns: [['Hello', { says: ['greeting.text'], choices: 3 }]] },
  {
    name: 'bg: help',
    lang: 'bg',
    turns: [['помощ', { says: ['help.text'], contains: ['Говори със служител'] }]],
  },
  {
    name: 'en: help',
    lang: 'en',
    turns: [['what can you do?', { says: ['help.text'], contains: ['Talk to a person'] }]],
  },
  { name: 'bg: thanks', lang: 'bg', turns: [['благодаря', { says: ['thanks.text'] }]] },
  { name: 'en: thanks', lang: 'en', turns: [['thank you', { says: ['thanks.text'] }]] },
  { name: 'bg: goodbye', lang: 'bg', turns: [['довиждане', { says: ['goodbye.text'] }]] },
  { name: 'en: goodbye', lang: 'en', turns: [['bye', { says: ['goodbye.text'] }]] },
  {
    name: 'en: thanks and goodbye in one',
    lang: 'en',
    turns: [['okay thanks, bye', { says: ['goodbye.text'] }]],
  },
  {
    name: 'bg: thanks in a sentence',
    lang: 'bg',
    turns: [['супер, много ви благодаря!', { says: ['thanks.text'] }]],
  },
  {
    name: 'bg: restart forgets the current guide',
    lang: 'bg',
    turns: [
      ['danak sgrada', { slug: 'property-tax-payment' }],
      ['започни отначало', { says: ['restart.text'] }],
      ['колко струва?', { says: ['topic.noService'] }],
    ],
  },
  {
    name: 'en: restart forgets the current guide',
    lang: 'en',
    turns: [
      ['how do I pay property tax?', { slug: 'property-tax-payment' }],
      ['start over', { says: ['restart.text'] }],
      ['how much is it?', { says: ['topic.noService'] }],
    ],
  },
  {
    name: 'bg → en on request: the current answer is repeated in English',
    lang: 'en',
    turns: [
      [
        'удостоверение за наследници',
        { slug: 'heirs-certificate', contains: ['Удостоверение за наследници'] },
      ],
      ['English please', { says: ['language.switched'], card: true, contains: ['Certificate of heirs'] }],
      ['колко струва?', { contains: ['Колко струва'] }],
    ],
  },
  {
    name: 'en → bg on request',
    lang: 'bg',
    turns: [
      ['hello', { says: [] }],
      ['на български', { says: ['language.switched'] }],
      ['help', { says: ['help.text'] }],
    ],
  },
];

describe('greeting, help, thanks, goodbye, restart, language', () => {
  it.each(scripts.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    await play(createHarness(), script);
  });

  it.each(['здравейте', 'hello'])('every example offered after "%s" leads to an answer card', async (hi) => {
    const h = createHarness();
    const examples = suggestions(await h.say(hi));
    expect(examples).toHaveLength(3);
    for (const example of examples)
      expect(heroCard(await createHarness().say(example)), example).toBeDefined();
  });

  it('detects the language of each message', async () => {
    const h = createHarness();
    expect((await h.say('hello'))[0]?.text).toMatch(/^Hello!/);
    expect((await h.say('здравейте'))[0]?.text).toMatch(/^Здравейте!/);
    expect((await h.say('heirs certificate'))[0]?.text).toBe('Here is what the official guide says:');
  });

  it('greets a citizen who joins the conversation', async () => {
    const h = createHarness();
    const replies = await h.adapter.receive(
      { type: 'conversationUpdate', membersAdded: [{ id: 'citizen', name: 'citizen' }] },
      h.assistant.run,
    );
    expect(replies[0]?.text).toMatch(/^Здравейте!/);
  });

  it('greets in English when the channel says the page is English', async () => {
    const h = createHarness();
    const replies = await h.adapter.receive(
      { type: 'conversationUpdate', locale: 'en-US', membersAdded: [{ id: 'citizen', name: 'citizen' }] },
      h.assistant.run,
    );
    expect(replies[0]?.text).toMatch(/^Hello!/);
    // The language stays until a message says otherwise.
    expect((await h.say('1'))[0]?.text).toBe(phrase('en', 'help.text'));
  });
});
