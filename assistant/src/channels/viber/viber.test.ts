import { describe, expect, it } from 'vitest';
import { decodeActionBody, encodeActionBody } from './action-body.ts';
import { isValidViberSignature, viberSignature } from './signature.ts';
import { toViberMessages } from './to-viber.ts';

describe('Viber mapping', () => {
  it('verifies signatures over the exact bytes', () => {
    const body = Buffer.from('{"event":"webhook"}');
    const signature = viberSignature(body, 'token-123456');
    expect(isValidViberSignature(body, signature, 'token-123456')).toBe(true);
    expect(isValidViberSignature(Buffer.from('{"event":"webhook" }'), signature, 'token-123456')).toBe(false);
    expect(isValidViberSignature(body, signature, 'token-654321')).toBe(false);
    expect(isValidViberSignature(body, undefined, 'token-123456')).toBe(false);
  });

  it('round-trips postback values and leaves typed text alone', () => {
    const value = { action: 'feedback', slug: 'x', vote: 'up' };
    expect(decodeActionBody(encodeActionBody(value))).toEqual({ text: '', value });
    expect(decodeActionBody('hub:not json')).toEqual({ text: 'hub:not json' });
    expect(encodeActionBody('Колко струва?')).toBe('Колко струва?');
  });

  it('maps a card to text + escaped rich media, quick replies to a keyboard on the last message', () => {
    const messages = toViberMessages('fallback', {
      text: 'Ето:',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.hero',
          content: {
            title: '<b>Данък</b>',
            text: 'Сума',
            buttons: [{ type: 'openUrl', title: 'Е-услуга', value: 'https://e.bg' }],
          },
        },
      ],
      suggestedActions: [{ type: 'imBack', title: 'Да', value: 'Да' }],
    });
    expect(messages.map((m) => m.type)).toEqual(['text', 'rich_media']);
    expect(messages[0]!.text).toBe('Ето:\n\n<b>Данък</b>\nСума');
    const media = messages[1]!.rich_media as { Buttons: { Text: string; ActionType: string }[] };
    expect(media.Buttons[0]!.Text).toBe('<b>&lt;b&gt;Данък&lt;/b&gt;</b>');
    expect(media.Buttons[1]).toMatchObject({ ActionType: 'open-url' });
    expect(messages[1]!.keyboard).toMatchObject({
      Type: 'keyboard',
      Buttons: [{ ActionBody: 'Да', ActionType: 'reply' }],
    });
  });
});
