import { describe, expect, it } from 'vitest';
import { extractContact } from './contact.ts';

describe('extractContact', () => {
  it.each([
    ['0888 123 456', { kind: 'phone', value: '0888 123 456' }],
    ['телефон: +359 888 123 456, след 17 ч.', { kind: 'phone', value: '+359 888 123 456' }],
    ['пишете на ivan.petrov@abv.bg', { kind: 'email', value: 'ivan.petrov@abv.bg' }],
    ['ЕГН 8032056031 и тел. 0888123456', { kind: 'phone', value: '0888123456' }],
    ['утре сутринта', undefined],
  ])('%s', (text, expected) => {
    expect(extractContact(text)).toEqual(expected);
  });
});
