import { describe, expect, it } from 'vitest';
import { foldKey, latinToCyrillicReadings } from './fold.ts';
import { analyzeBg, bgKeys } from './analyze.ts';

describe('foldKey', () => {
  it('folds Cyrillic to the law transliteration with confusable letters merged', () => {
    expect(foldKey('данък')).toBe('danak');
    expect(foldKey('щастие')).toBe('shtastie');
    expect(foldKey('смяна')).toBe('smiana');
    expect(foldKey('шофьор')).toBe('shofior');
    expect(foldKey('регистрация')).toBe('registratsia');
  });
});

describe('latinToCyrillicReadings', () => {
  it.each([
    ['danak', 'данък'],
    ['danuk', 'данък'],
    ['danyk', 'данък'],
    ['smqna', 'смяна'],
    ['smyana', 'смяна'],
    ['4ervena', 'червена'],
    ['chervena', 'червена'],
    ['6tastie', 'щастие'],
    ['shtastie', 'щастие'],
    ['jilishte', 'жилище'],
    ['zhilishte', 'жилище'],
    ['kuche', 'куче'],
    ['tsentar', 'център'],
    ['centar', 'център'],
    ['iasla', 'ясла'],
    ['yasla', 'ясла'],
  ])('%s can be read as %s', (latin, cyrillic) => {
    const keys = new Set(latinToCyrillicReadings(latin).map(foldKey));
    expect(keys.has(foldKey(cyrillic))).toBe(true);
  });

  it('reads a final "-at" as the article "-ът"', () => {
    expect(latinToCyrillicReadings('danakat')).toContain('данакът');
  });
});

describe('analyzeBg', () => {
  const same = (a: string, b: string) => {
    const ga = analyzeBg(a);
    const gb = analyzeBg(b);
    expect(ga.length).toBe(gb.length);
    ga.forEach((g, i) => expect(g.some((k) => gb[i]?.includes(k))).toBe(true));
  };

  it('gives informal Latin, law transliteration and Cyrillic the same keys', () => {
    same('danak sgrada', 'данък сграда');
    same('danuk sgradi', 'данъци сградата');
    same('smqna na adres', 'смяна на адрес');
    same('udostoverenie za naslednici', 'удостоверение за наследници');
    same('registratsiya na kuche', 'регистрация на куче');
  });

  it('drops stop words but keeps words that matter in municipal questions', () => {
    expect(analyzeBg('как да платя')).toHaveLength(1);
    expect(analyzeBg('първи клас')).toHaveLength(2);
    expect(analyzeBg('за')).toEqual([]);
  });

  it('copes with empty, odd and hostile input', () => {
    expect(analyzeBg('')).toEqual([]);
    expect(analyzeBg('   ?!… ')).toEqual([]);
    expect(analyzeBg('<script>alert(1)</script>').flat().length).toBeGreaterThan(0);
    expect(analyzeBg('а'.repeat(100_000))).toHaveLength(1);
    expect(bgKeys('1302')).toEqual(['1302']);
  });
});
