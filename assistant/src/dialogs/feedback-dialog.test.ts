import { describe, expect, it } from 'vitest';
import { createHarness, heroCard, phrase, texts } from '../testing/harness.ts';

describe('feedback on answers', () => {
  it.each([
    ['bg', 'danak sgrada', 'up', 'feedback.up'],
    ['bg', 'danak sgrada', 'down', 'feedback.down'],
    ['en', 'how do I pay property tax?', 'up', 'feedback.up'],
    ['en', 'how do I pay property tax?', 'down', 'feedback.down'],
  ] as const)('%s: the %s card button "%s" records feedback', async (lang, question, vote, reply) => {
    const h = createHarness();
    const card = heroCard(await h.say(question));
    const button = card?.buttons.find(
      (b) => b.type === 'postBack' && (b.value as { vote: string }).vote === vote,
    );
    const replies = await h.postBack(button?.value);
    expect(texts(replies)).toContain(phrase(lang, reply));
    expect(h.eventsNamed('feedback')).toEqual([
      expect.objectContaining({ slug: 'property-tax-payment', vote, lang }),
    ]);
  });

  it('a typed 👎 right after an answer counts as feedback on it', async () => {
    const h = createHarness();
    await h.say('heirs certificate');
    await h.say('👎');
    expect(h.eventsNamed('feedback')).toEqual([
      expect.objectContaining({ slug: 'heirs-certificate', vote: 'down' }),
    ]);
  });

  it('ignores a forged payload for an unknown service', async () => {
    const h = createHarness();
    await h.postBack({ action: 'feedback', slug: 'no-such-service', vote: 'up' });
    expect(h.eventsNamed('feedback')).toEqual([]);
  });
});
