import { describe, it } from 'vitest';
import { createHarness } from '../testing/harness.ts';
import { play, type Script } from '../testing/expect.ts';

const scripts: Script[] = [
  {
    name: 'bg: fee, documents, duration, where from the current guide',
    lang: 'bg',
    turns: [
      ['удостоверение за наследници', { card: true, slug: 'heirs-certificate' }],
      [
        'колко струва?',
        { slug: 'heirs-certificate', says: ['topic.fee'], contains: ['2,56\u00a0€'], card: false },
      ],
      [
        'какви документи?',
        { slug: 'heirs-certificate', says: ['topic.documents'], contains: ['Заявление по образец'] },
      ],
      ['колко време отнема?', { slug: 'heirs-certificate', says: ['topic.duration'], contains: ['7 дни'] }],
      [
        'онлайн?',
        { slug: 'heirs-certificate', says: ['topic.online'], contains: ['https://usl.sofia.bg/ePortal'] },
      ],
    ],
  },
  {
    name: 'en: fee, documents, duration from the current guide',
    lang: 'en',
    turns: [
      ['heirs certificate', { card: true, slug: 'heirs-certificate' }],
      [
        'how much is it?',
        { slug: 'heirs-certificate', says: ['topic.fee'], contains: ['€2.56'], card: false },
      ],
      ['what documents?', { slug: 'heirs-certificate', says: ['topic.documents'] }],
      [
        'how long does it take?',
        { slug: 'heirs-certificate', says: ['topic.duration'], contains: ['7 days'] },
      ],
    ],
  },
  {
    name: 'bg: "where?" for a city-wide service answers without asking the district',
    lang: 'bg',
    turns: [
      ['danak sgrada', { slug: 'property-tax-payment', notSays: ['district.ask'] }],
      ['къде?', { slug: 'property-tax-payment', says: ['topic.where', 'where.inPerson'] }],
    ],
  },
  {
    name: 'en: "where?" for a city-wide service',
    lang: 'en',
    turns: [
      ['how do I pay property tax?', { slug: 'property-tax-payment' }],
      ['where?', { slug: 'property-tax-payment', says: ['topic.where', 'where.inPerson'] }],
    ],
  },
  {
    name: 'bg: a follow-up that names another service is a new question',
    lang: 'bg',
    turns: [
      ['danak sgrada', { slug: 'property-tax-payment' }],
      ['колко струва разрешение за строеж?', { card: true, slug: 'building-permit' }],
    ],
  },
  {
    name: 'en: a follow-up that names another service is a new question',
    lang: 'en',
    turns: [
      ['how do I pay property tax?', { slug: 'property-tax-payment' }],
      ['how much does a building permit cost?', { card: true, slug: 'building-permit' }],
    ],
  },
  {
    name: 'bg: a follow-up before any service asks which service',
    lang: 'bg',
    turns: [['колко струва?', { says: ['topic.noService'] }]],
  },
  {
    name: 'en: a follow-up before any service asks which service',
    lang: 'en',
    turns: [['how much is it?', { says: ['topic.noService'] }]],
  },
];

describe('follow-up questions in context', () => {
  it.each(scripts.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    await play(createHarness(), script);
  });
});
