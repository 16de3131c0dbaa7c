import { describe, expect, it } from 'vitest';
import { foldWord } from './fold.ts';
import { createLocalSearch } from './local-search.ts';

describe('Cyrillic/Latin folding', () => {
  it.each([
    ['регистрация', 'registratsiya'],
    ['регистрация', 'registracia'],
    ['Адресна', 'adresna'],
    ['щастие', 'shtastie'],
    ['Жилище', 'jilishte'.replace('j', 'zh')],
    ['чистота', 'chistota'],
    ['юли', 'yuli'],
  ])('%s ~ %s', (cyrillic, latin) => {
    expect(foldWord(cyrillic)).toBe(foldWord(latin));
  });

  it('keeps different words apart', () => {
    expect(foldWord('данък')).not.toBe(foldWord('дом'));
  });
});

describe('offline search', () => {
  const search = createLocalSearch([
    { slug: 'current-address-registration', title: 'Адресна регистрация по настоящ адрес', aliases: ['смяна на адрес'], summary: 'Заявете настоящия си адрес.' },
    { slug: 'dog-fee', title: 'Такса за куче', aliases: [], summary: 'Годишна такса за домашно куче.' },
    { slug: 'building-permit', title: 'Разрешение за строеж', aliases: ['строително разрешение'], summary: 'Преди да строите.' },
  ]);

  it('finds by a prefix typed in Cyrillic or Latin, title matches first', () => {
    expect(search('адрес')[0]?.slug).toBe('current-address-registration');
    expect(search('adresna reg')[0]?.slug).toBe('current-address-registration');
    expect(search('kuche')[0]?.slug).toBe('dog-fee');
    expect(search('строеж').map((h) => h.slug)).toEqual(['building-permit']);
  });

  it('needs every word to match', () => {
    expect(search('такса строеж')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });
});
