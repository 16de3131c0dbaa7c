import { describe, expect, it } from 'vitest';
import { BASE_URL, createHarness, heroCard, suggestions } from '../testing/harness.ts';
import { play, type Script } from '../testing/expect.ts';

const scripts: Script[] = [
  {
    name: 'bg: confident question → answer card',
    lang: 'bg',
    turns: [
      [
        'удостоверение за наследници',
        {
          card: true,
          slug: 'heirs-certificate',
          says: ['answer.intro', 'answer.feeTitle', 'answer.deadlineTitle', 'answer.documentsTitle'],
        },
      ],
    ],
  },
  {
    name: 'bg: Latin-script Bulgarian → answer card in Bulgarian',
    lang: 'bg',
    turns: [['danak sgrada', { card: true, slug: 'property-tax-payment', says: ['answer.intro'] }]],
  },
  {
    name: 'en: confident question → answer card',
    lang: 'en',
    turns: [
      [
        'heirs certificate',
        {
          card: true,
          slug: 'heirs-certificate',
          says: ['answer.intro', 'answer.feeTitle', 'answer.documentsTitle'],
        },
      ],
    ],
  },
  {
    name: 'bg: ambiguous → a choice of candidates, then a pick by title',
    lang: 'bg',
    turns: [
      ['брак', { says: ['ambiguous.text'], choices: 2, card: false }],
      [
        'Дубликат на удостоверение за граждански брак',
        { card: true, slug: 'marriage-certificate-duplicate' },
      ],
    ],
  },
  {
    name: 'en: ambiguous → a choice of candidates, then a pick by number',
    lang: 'en',
    turns: [
      ['birth certificate', { says: ['ambiguous.text'], choices: 2, card: false }],
      ['1', { card: true, slug: 'birth-certificate-duplicate' }],
    ],
  },
  {
    name: 'bg: no match → honest "I don\'t know" with options',
    lang: 'bg',
    turns: [
      [
        'как да отгледам домати',
        { says: ['noMatch.text'], contains: ['Разгледай категориите', 'Говори със служител'], card: false },
      ],
    ],
  },
  {
    name: 'en: no match → honest "I don\'t know" with options',
    lang: 'en',
    turns: [
      [
        'how do I grow tomatoes',
        { says: ['noMatch.text'], contains: ['Browse categories', 'Talk to a person'], card: false },
      ],
    ],
  },
  {
    name: 'bg: browse categories → services of a category → a service',
    lang: 'bg',
    turns: [
      ['Разгледай категориите', { says: ['categories.text'], choices: 10 }],
      ['Местни данъци и такси', { says: ['categories.services'], choices: 3 }],
      ['Плащане на данък върху недвижимите имоти', { card: true, slug: 'property-tax-payment' }],
    ],
  },
  {
    name: 'en: browse categories',
    lang: 'en',
    turns: [['Browse categories', { says: ['categories.text'], choices: 10 }]],
  },
];

describe('service questions', () => {
  it.each(scripts.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    await play(createHarness(), script);
  });

  it.each([
    [
      'bg',
      'удостоверение за наследници',
      'Към електронната услуга',
      `${BASE_URL}/services/heirs-certificate`,
    ],
    ['en', 'heirs certificate', 'Go to the e-service', `${BASE_URL}/en/services/heirs-certificate`],
  ])(
    '%s: the card has the summary, fee in EUR, e-service, full-guide and feedback buttons',
    async (_lang, question, eService, fullGuide) => {
      const card = heroCard(await createHarness().say(question));
      expect(card?.text).toMatch(/€/);
      expect(card?.buttons.find((b) => b.title === eService)?.value).toBe('https://usl.sofia.bg/ePortal');
      expect(card?.buttons.map((b) => b.value)).toContain(fullGuide);
      expect(card?.buttons.filter((b) => b.type === 'postBack')).toHaveLength(2);
      // No video for this guide yet, so no "Watch how-to" button.
      expect(card?.buttons).toHaveLength(4);
    },
  );

  it('records answered and unanswered questions, masked', async () => {
    const h = createHarness();
    await h.say('heirs certificate');
    await h.say('how do I grow tomatoes 0888123456');
    expect(h.eventsNamed('answered')).toEqual([
      expect.objectContaining({
        slug: 'heirs-certificate',
        query: 'heirs certificate',
        match: 'confident',
        lang: 'en',
        channelId: 'test',
      }),
    ]);
    expect(h.eventsNamed('unanswered')).toEqual([
      expect.objectContaining({ query: 'how do I grow tomatoes [PHONE]', match: 'none' }),
    ]);
  });

  it('an ambiguous answer offers the candidates as quick replies', async () => {
    expect(suggestions(await createHarness().say('синя зона'))).toEqual(
      expect.arrayContaining(['Паркиране в синя и зелена зона']),
    );
  });
});
