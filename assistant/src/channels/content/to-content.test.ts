import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { toChannelMessage } from './to-content.ts';

describe('toChannelMessage', () => {
  it('keeps a hero card, quick replies and the service slug, with a text fallback for text-only views', () => {
    const card = CardFactory.heroCard('Данък сграда', 'Плаща се на две вноски.', undefined, [
      { type: 'openUrl', title: 'Към е-услугата', value: 'https://e.sofia.bg/tax' },
      {
        type: 'postBack',
        title: '👍',
        value: { action: 'feedback', slug: 'property-tax-payment', vote: 'up' },
      },
    ]);
    const activity: Partial<Activity> = {
      ...MessageFactory.attachment(card, 'Ето:'),
      channelData: { slug: 'property-tax-payment' },
    };
    activity.suggestedActions = {
      to: [],
      actions: [{ type: 'imBack', title: 'Колко струва?', value: 'Колко струва?' }],
    };
    const { body, content } = toChannelMessage(activity);
    expect(content?.slug).toBe('property-tax-payment');
    expect(content?.text).toBe('Ето:');
    expect(content?.attachments?.[0]).toMatchObject({
      contentType: 'application/vnd.microsoft.card.hero',
      content: { title: 'Данък сграда' },
    });
    expect(content?.suggestedActions).toEqual([
      { type: 'imBack', title: 'Колко струва?', value: 'Колко струва?' },
    ]);
    expect(body).toBe(
      'Ето:\n\nДанък сграда\nПлаща се на две вноски.\nКъм е-услугата: https://e.sofia.bg/tax',
    );
  });

  it('drops what does not fit the contract: a javascript: link, unknown card types', () => {
    const card = CardFactory.heroCard('T', 'x', undefined, [
      { type: 'openUrl', title: 'evil', value: 'javascript:alert(1)' },
    ]);
    const activity = MessageFactory.attachment(card, 'hi');
    activity.attachments!.push({
      contentType: 'application/vnd.microsoft.card.video',
      content: { media: [] },
    });
    const { body, content } = toChannelMessage(activity);
    expect(content?.attachments).toHaveLength(1);
    const hero = content!.attachments![0]!;
    expect(hero.contentType === 'application/vnd.microsoft.card.hero' && hero.content.buttons).toEqual([]);
    expect(body).not.toContain('javascript:');
  });

  it('leaves a plain text message without content', () => {
    expect(toChannelMessage(MessageFactory.text('Здравейте'))).toEqual({ body: 'Здравейте' });
  });
});
