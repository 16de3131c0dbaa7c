import { describe, expect, it } from 'vitest';
import { resources, translator } from './i18n.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (!value || typeof value !== 'object') throw new Error(`${prefix}: not a string or object`);
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('directory locales', () => {
  const bg = keys(resources.bg);
  const en = keys(resources.en);

  it('has every Bulgarian key in English', () => {
    expect(bg.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('has no English key that Bulgarian (the source) lacks', () => {
    expect(en.filter((k) => !bg.includes(k))).toEqual([]);
  });

  it('has no empty strings', () => {
    const empty = (res: unknown) =>
      keys(res).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], res);
        return typeof v === 'string' && v.trim() === '';
      });
    expect(empty(resources.bg)).toEqual([]);
    expect(empty(resources.en)).toEqual([]);
  });

  it('translates with plurals and interpolation in both languages', () => {
    expect(translator('bg')('list.services', { count: 1 })).toBe('1 услуга');
    expect(translator('bg')('list.services', { count: 5 })).toBe('5 услуги');
    expect(translator('en')('list.services', { count: 5 })).toBe('5 services');
    expect(translator('en')('service.provider', { name: '<b>' })).toBe('Provided by: <b>');
  });
});
