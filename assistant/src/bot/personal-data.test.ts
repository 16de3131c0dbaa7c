import { describe, expect, it } from 'vitest';
import { createHarness, NIGHT_TIME, phrase, texts } from '../testing/harness.ts';

// Valid numbers from domain.md §4 and the contract's masking tests.
const EGN = '8032056031';
const LNCH = '7111042925';
const CARD = '4111 1111 1111 1111';
const IBAN = 'BG80BNBG96611020345678';
const PHONE = '0888123456';
const RAW = [EGN, LNCH, CARD, IBAN, PHONE, '4111111111111111', '888123456'];

const cases: [lang: 'bg' | 'en', message: string][] = [
  ['bg', `моето ЕГН е ${EGN}`],
  ['bg', `ЛНЧ ${LNCH}, искам удостоверение за наследници`],
  ['bg', `платих с карта ${CARD} данък сграда`],
  ['bg', `моят IBAN е ${IBAN}`],
  ['bg', `телефонът ми е ${PHONE}`],
  ['en', `my personal number is ${EGN}`],
  ['en', `card ${CARD}`],
  ['en', `my IBAN is ${IBAN}`],
  ['en', `call me on +359 888 123 456 about the heirs certificate`],
];

function expectNoRawNumber(haystack: string): void {
  for (const raw of RAW) expect(haystack).not.toContain(raw);
  expect(haystack).not.toMatch(/359 888 123 456/);
}

describe('personal-data guard', () => {
  it.each(cases)('%s: warns about "%s" and never stores, logs or emits the number', async (lang, message) => {
    const h = createHarness();
    const replies = await h.say(message);
    expect(texts(replies)).toContain(phrase(lang, 'pii.warning'));
    expectNoRawNumber(h.storage.writes.join('\n'));
    expectNoRawNumber(JSON.stringify(h.events));
    expectNoRawNumber(JSON.stringify(h.logs));
  });

  it('a number alone gets only the warning; a number with a question also gets the answer', async () => {
    const h = createHarness();
    expect(await h.say(`моето ЕГН е ${EGN}`)).toHaveLength(1);
    const replies = await h.say(`ЛНЧ ${LNCH}, искам удостоверение за наследници`);
    expect(replies.map((r) => r.channelData)).toContainEqual({ slug: 'heirs-certificate' });
  });

  it('keeps the transcript masked through a handoff and a call-back request', async () => {
    const h = createHarness({ now: NIGHT_TIME });
    await h.say(`моето ЕГН е ${EGN}`);
    await h.say('искам да говоря с човек');
    await h.say('да');
    await h.say(`${PHONE}`);
    const [callback] = h.eventsNamed('callbackRequested');
    // The call-back contact itself is the one thing given on purpose, with consent.
    expect(callback?.contact).toEqual({ kind: 'phone', value: PHONE });
    const { contact: _contact, ...rest } = callback ?? {};
    expectNoRawNumber(JSON.stringify(rest));
    expectNoRawNumber(h.storage.writes.join('\n'));
    expectNoRawNumber(JSON.stringify(h.logs));
    expect(JSON.stringify(rest)).toContain('[EGN]');
  });
});
