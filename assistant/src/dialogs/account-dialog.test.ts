import { describe, expect, it } from 'vitest';
import { createHarness } from '../testing/harness.ts';
import { play, type Script } from '../testing/expect.ts';

const PORTAL = 'https://usl.sofia.bg/ePortal';

/** Questions about the citizen's own account are never answered; the e-service behind eAuth is. */
const scripts: Script[] = [
  ['bg', 'колко данък дължа?'],
  ['bg', 'има ли глоби на колата ми'],
  ['bg', 'Колко ми е данъкът за апартамента?'],
  ['bg', 'платил ли съм данък сграда'],
  ['en', 'how much tax do I owe?'],
  ['en', 'do I have any fines on my car?'],
  ['en', 'how much is my property tax'],
].map(([lang, question]) => ({
  name: `${lang}: ${question}`,
  lang: lang as 'bg' | 'en',
  turns: [[question as string, { says: ['account.text'], contains: [PORTAL], card: false }]],
}));

const notAccount: [string, string][] = [
  ['какви документи ми трябват за такса смет', 'service'],
  ['трябва ми удостоверение за наследници', 'service'],
  ['how do I pay my property tax?', 'service'],
  ['колко струва?', 'followUp'],
];

describe('account-specific questions', () => {
  it.each(notAccount)('"%s" is a service question, not an account one', async (question, intent) => {
    const h = createHarness();
    await h.say(question);
    expect(h.logs.find((l) => l.event === 'assistant.message')?.fields?.intent).toBe(intent);
  });

  it.each(scripts.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    await play(createHarness(), script);
  });
});
