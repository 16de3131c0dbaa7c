import { describe, expect, it } from 'vitest';
import { LOCALES, translator } from './i18n.ts';

describe('widget locales', () => {
  it('have the same keys in Bulgarian and English, none empty', () => {
    expect(Object.keys(LOCALES.en).sort()).toEqual(Object.keys(LOCALES.bg).sort());
    for (const strings of Object.values(LOCALES))
      for (const value of Object.values(strings)) expect(value.trim()).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(LOCALES.bg) as (keyof typeof LOCALES.bg)[])
      expect(vars(LOCALES.en[key]), key).toEqual(vars(LOCALES.bg[key]));
  });

  it('fills placeholders', () => {
    expect(translator('en')('queue', { position: 2, minutes: 6 })).toBe(
      'You are number 2 in the queue. Expected wait: about 6 min.',
    );
  });
});
