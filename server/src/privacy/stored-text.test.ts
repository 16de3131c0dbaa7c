import { maskText } from '@hub/contract';
import { describe, expect, it } from 'vitest';
import { maskedKinds, storableText } from './stored-text.ts';

describe('storableText', () => {
  it('masks ЕГН and ЛНЧ, digits only or with separators, and card numbers', () => {
    expect(storableText('ЕГН 8032056031, моля')).toBe('ЕГН [EGN], моля');
    expect(storableText('7523 16 9263 и 75-23-16-9263 и 752316.9263')).toBe('[EGN] и [EGN] и [EGN]');
    expect(storableText('ЛНЧ 7111042925')).toBe('ЛНЧ [LNCH]');
    expect(storableText('карта 4111 1111 1111 1111')).toBe('карта [CARD]');
  });

  it('leaves what is not an identifier: invalid checksums, phones, longer numbers, IBANs', () => {
    for (const text of [
      '8032056032',
      '8019010008',
      '0888 123 456',
      '+359 888 123 456',
      '080320560310',
      'BG80 BNBG 9661 1020 3456 78',
      'преписка 2026/1234',
    ])
      expect(storableText(text), text).toBe(text);
  });

  it('agrees with the shared masking (analytics, the bot) on numbers with separators', () => {
    expect(maskText('ЕГН 752316 9263, 75-23-16-9263, 7523.16.9263')).toBe('ЕГН [EGN], [EGN], [EGN]');
    expect(maskText('0888 123 456')).toBe('[PHONE]');
  });

  it('tells which placeholders a stored text carries', () => {
    expect(maskedKinds(storableText('8032056031 и 4111111111111111'))).toEqual(['egn', 'card']);
    expect(maskedKinds('нищо')).toEqual([]);
  });
});
