import { describe, expect, it } from 'vitest';
import { createHarness, heroCard, suggestions, testKb } from '../testing/harness.ts';
import { play, type Script } from '../testing/expect.ts';
import { withGuideChanges } from '../testing/kb-overlay.ts';

// heirs-certificate is handled at the district administration (inPerson.districtOffice). The overlay adds
// district details and a how-to video, which the content does not have yet.
const kbWithDetails = () =>
  withGuideChanges(testKb(), 'heirs-certificate', (_guide, lang) => ({
    districts: [
      {
        district: 'mladost',
        where: lang === 'bg' ? 'Гише 3, ет. 1' : 'Counter 3, 1st floor',
        hours: '08:30–17:00',
        phone: '02 000 0000',
      },
    ],
    video: { src: 'how-to.mp4', captions: `${lang}.vtt`, chapters: [{ step: 1, start: '00:00' }] },
  }));

const scripts: Script[] = [
  {
    name: 'bg: asks the district once, remembers it, answers "where?" for it',
    lang: 'bg',
    turns: [
      [
        'удостоверение за наследници',
        { card: true, says: ['district.ask'], choices: 12, contains: ['Още райони…'] },
      ],
      [
        'Младост',
        {
          slug: 'heirs-certificate',
          says: ['where.district'],
          contains: ['Гише 3, ет. 1', '08:30–17:00', '02 000 0000'],
        },
      ],
      [
        'къде?',
        { slug: 'heirs-certificate', contains: ['Младост', 'Гише 3, ет. 1'], notSays: ['district.ask'] },
      ],
      [
        'смяна на постоянен адрес',
        { card: true, slug: 'permanent-address-registration', notSays: ['district.ask'] },
      ],
      ['къде?', { slug: 'permanent-address-registration', contains: ['Младост'], notSays: ['district.ask'] }],
    ],
  },
  {
    name: 'en: asks the district once, remembers it',
    lang: 'en',
    turns: [
      ['heirs certificate', { card: true, says: ['district.ask'], choices: 12, contains: ['Sredets'] }],
      ['More districts…', { says: ['district.askMore'], choices: 12, contains: ['Mladost'] }],
      [
        'Mladost',
        { slug: 'heirs-certificate', says: ['where.district'], contains: ['Counter 3, 1st floor'] },
      ],
      ['where?', { slug: 'heirs-certificate', contains: ['Mladost'], notSays: ['district.ask'] }],
    ],
  },
  {
    name: 'bg: ignoring the district question moves on and does not ask again',
    lang: 'bg',
    turns: [
      ['удостоверение за наследници', { says: ['district.ask'] }],
      ['колко струва?', { says: ['topic.fee'], notSays: ['district.ask'] }],
      ['къде?', { says: ['where.inPerson'], notSays: ['district.ask'] }],
    ],
  },
  {
    name: 'en: a district without guide details falls back to the district office address',
    lang: 'en',
    turns: [
      ['heirs certificate', { says: ['district.ask'] }],
      ['in Lozenets', { says: ['where.district'], contains: ['Lozenets'] }],
    ],
  },
];

describe('district-aware answers', () => {
  it.each(scripts.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    await play(createHarness({ kb: kbWithDetails() }), script);
  });

  it.each([
    [
      'bg',
      'удостоверение за наследници',
      'Виж как става',
      'https://hub.example.bg/services/heirs-certificate#video',
    ],
    ['en', 'heirs certificate', 'Watch how-to', 'https://hub.example.bg/en/services/heirs-certificate#video'],
  ])('%s: "Watch how-to" appears when the guide has a video', async (_lang, question, title, url) => {
    const card = heroCard(await createHarness({ kb: kbWithDetails() }).say(question));
    expect(card?.buttons.find((b) => b.title === title)?.value).toBe(url);
  });

  it.each([
    ['bg', 'удостоверение за наследници', 'Още райони…'],
    ['en', 'heirs certificate', 'More districts…'],
  ])(
    '%s: offers all 24 districts in pages of 11 + "more", wrapping around',
    async (_lang, question, more) => {
      const h = createHarness();
      const districts = (replies: Awaited<ReturnType<typeof h.say>>) =>
        suggestions(replies).filter((s) => s !== more);
      const pages = [districts(await h.say(question))];
      for (let i = 0; i < 3; i++) pages.push(districts(await h.say(more)));
      expect(pages.map((p) => p.length)).toEqual([11, 11, 2, 11]);
      expect(new Set(pages.slice(0, 3).flat()).size).toBe(24);
      expect(pages[3]).toEqual(pages[0]);
    },
  );
});
