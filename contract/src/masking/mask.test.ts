import { describe, expect, it } from 'vitest';
import { isLuhnValid, isValidEgn, isValidIban, isValidLnch, maskPersonalData, maskText } from './index.ts';

describe('identifier checks', () => {
  it.each([
    ['8032056031', true], // 1880 (month + 20)
    ['7523169263', true],
    ['8019010008', false], // month 19 is not a date
    ['8032056032', false], // wrong check digit
    ['0888123456', false], // a mobile number is never a valid ЕГН
    ['803205603', false],
  ])('ЕГН %s → %s', (value, valid) => expect(isValidEgn(value)).toBe(valid));

  it('accepts a 21st-century ЕГН (month + 40) and rejects 29 February of a non-leap year', () => {
    // 2004-02-29 exists: 04 42 29 + serial 000 → compute the check digit to build a valid one.
    const base = '044229000';
    const weights = [2, 4, 8, 5, 10, 9, 7, 3, 6];
    const check = ([...base].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0) % 11) % 10;
    expect(isValidEgn(base + check)).toBe(true);
    const nonLeap = '034229000';
    const check2 = ([...nonLeap].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0) % 11) % 10;
    expect(isValidEgn(nonLeap + check2)).toBe(false);
  });

  it.each([
    ['7111042925', true],
    ['7111042922', false],
  ])('ЛНЧ %s → %s', (value, valid) => expect(isValidLnch(value)).toBe(valid));

  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['378282246310005', true],
  ])('card %s → %s', (value, valid) => expect(isLuhnValid(value)).toBe(valid));

  it.each([
    ['BG80BNBG96611020345678', true],
    ['BG80 BNBG 9661 1020 3456 78', true],
    ['GB82WEST12345698765432', true],
    ['BG81BNBG96611020345678', false],
  ])('IBAN %s → %s', (value, valid) => expect(isValidIban(value)).toBe(valid));
});

describe('maskPersonalData', () => {
  it.each([
    ['моето ЕГН е 8032056031, благодаря', 'моето ЕГН е [EGN], благодаря', ['egn']],
    ['ЛНЧ 7111042925', 'ЛНЧ [LNCH]', ['lnch']],
    ['карта 4111 1111 1111 1111 изтече', 'карта [CARD] изтече', ['card']],
    ['карта 4111-1111-1111-1111', 'карта [CARD]', ['card']],
    ['IBAN BG80 BNBG 9661 1020 3456 78 and more', 'IBAN [IBAN] and more', ['iban']],
    ['сметка bg80bnbg96611020345678.', 'сметка [IBAN].', ['iban']],
    ['звънете на 0888 123 456', 'звънете на [PHONE]', ['phone']],
    ['или на +359 88 812 3456!', 'или на [PHONE]!', ['phone']],
    ['домашен 02/987 65 43', 'домашен [PHONE]', ['phone']],
    ['пиши ми на ivan.petrov@abv.bg', 'пиши ми на [EMAIL]', ['email']],
  ])('%s', (input, expected, kinds) => {
    const result = maskPersonalData(input);
    expect(result.text).toBe(expected);
    expect(result.found).toEqual(kinds);
  });

  it.each([
    'данък сграда 2026',
    'такса смет за 2025 г. е 123.45 лв',
    'невалиден номер 8019010008',
    'карта 4111 1111 1111 1112',
    'срок 30.11.2026, вход 3, ап. 12',
    'ИИСДА код 1998',
  ])('leaves ordinary text alone: %s', (input) => {
    expect(maskText(input)).toBe(input);
  });

  it('masks several kinds in one text and reports each once', () => {
    const result = maskPersonalData('8032056031 и 7523169263, тел. 0899111222');
    expect(result.text).toBe('[EGN] и [EGN], тел. [PHONE]');
    expect(result.found.sort()).toEqual(['egn', 'phone']);
  });
});
