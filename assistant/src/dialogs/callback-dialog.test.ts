import { describe, expect, it } from 'vitest';
import { createHarness, NIGHT_TIME } from '../testing/harness.ts';
import { play, type Script } from '../testing/expect.ts';

const scripts: Script[] = [
  {
    name: 'bg: consent, then a phone number',
    lang: 'bg',
    turns: [
      ['искам да говоря с човек', { says: ['callback.offer'], choices: 2 }],
      ['да', { says: ['callback.askContact'], notSays: ['pii.warning'] }],
      ['0888 123 456', { says: ['callback.done'], notSays: ['pii.warning'] }],
    ],
  },
  {
    name: 'en: consent, then an e-mail',
    lang: 'en',
    turns: [
      ['talk to a person', { says: ['callback.offer'] }],
      ['Yes', { says: ['callback.askContact'] }],
      ['you can write to maria@example.com', { says: ['callback.done'] }],
    ],
  },
  {
    name: 'bg: declined',
    lang: 'bg',
    turns: [
      ['оператор', { says: ['callback.offer'] }],
      ['Не', { says: ['callback.declined'] }],
    ],
  },
  {
    name: 'en: no contact recognised twice → gives up politely',
    lang: 'en',
    turns: [
      ['talk to a person', { says: ['callback.offer'] }],
      ['yes', { says: ['callback.askContact'] }],
      ['tomorrow morning', { says: ['callback.retry'] }],
      ['whenever', { says: ['callback.gaveUp'] }],
    ],
  },
  {
    name: 'bg: a new question instead of an answer leaves the offer',
    lang: 'bg',
    turns: [
      ['оператор', { says: ['callback.offer'] }],
      ['danak sgrada', { slug: 'property-tax-payment' }],
    ],
  },
];

describe('call-back outside working hours', () => {
  it.each(scripts.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    await play(createHarness({ now: NIGHT_TIME }), script);
  });

  it.each([
    ['0888 123 456', { kind: 'phone', value: '0888 123 456' }],
    ['you can write to maria@example.com', { kind: 'email', value: 'maria@example.com' }],
  ])('passes the contact "%s" only to callbackRequested, after consent', async (contact, expected) => {
    const h = createHarness({ now: NIGHT_TIME });
    await h.say('talk to a person');
    expect(h.eventsNamed('callbackRequested')).toEqual([]);
    await h.say('yes');
    await h.say(contact);
    expect(h.eventsNamed('callbackRequested')).toEqual([
      expect.objectContaining({ contact: expected, channelId: 'test' }),
    ]);
    expect(h.storage.writes.join('\n')).not.toContain(expected.value);
  });

  it('without consent a phone number is only warned about, never collected', async () => {
    const h = createHarness({ now: NIGHT_TIME });
    await h.say('talk to a person');
    await h.say('no');
    await h.say('0888123456');
    expect(h.eventsNamed('callbackRequested')).toEqual([]);
  });
});
