import { describe, expect, it } from 'vitest';
import { groupQuestions, similarity, wordsOf } from './group-questions.ts';

describe('groupQuestions', () => {
  it('puts Cyrillic, Latin-letter and inflected variants of one question together', () => {
    const groups = groupQuestions([
      { text: 'данък басейн' },
      { text: 'danak baseyn' },
      { text: 'данъци басейни' },
      { text: 'данък басейн' },
      { text: 'тротинетка под наем' },
      { text: 'trotinetki pod naem' },
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ volume: 4 });
    expect(groups[0]?.examples).toEqual(['данък басейн', 'danak baseyn', 'данъци басейни']);
    expect(groups[1]).toMatchObject({ volume: 2, examples: ['trotinetki pod naem', 'тротинетка под наем'] });
  });

  it('keeps unrelated questions apart and ignores empty ones', () => {
    const groups = groupQuestions([
      { text: 'ремонт на асансьор' },
      { text: 'зоопарк билети' },
      { text: '   ' },
    ]);
    expect(groups.map((g) => g.volume)).toEqual([1, 1]);
  });
});

describe('question similarity', () => {
  it('is symmetric, also when one word meets several on the other side', () => {
    const a = [['danak']];
    const b = [['danak'], ['danak', 'basein']];
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(similarity(a, b)).toBe(1);
    const cyr = wordsOf('къде да изхвърля стар хладилник');
    const lat = wordsOf('kude da izhvarlia star hladilnik');
    expect(similarity(cyr, lat)).toBe(similarity(lat, cyr));
    expect(similarity(cyr, lat)).toBeGreaterThan(0.8);
  });

  it('reads a Latin-letter word in Bulgarian and English as ONE word, not as extra words', () => {
    expect(wordsOf('trotinetki pod naem')).toHaveLength(2);
    expect(wordsOf('pool tax')).toEqual([
      ['pol', 'pool'],
      ['tah', 'tax'],
    ]);
    expect(similarity(wordsOf('tax for a pool'), wordsOf('pool tax'))).toBe(1);
  });

  it('needs more than half of both questions: one shared word of two is not enough', () => {
    expect(similarity(wordsOf('тротинетка под наем'), wordsOf('наем на зала'))).toBe(0.5);
    expect(groupQuestions([{ text: 'тротинетка под наем' }, { text: 'наем на зала' }])).toHaveLength(2);
  });

  it('puts a Latin spelling with its Cyrillic question whichever is more frequent', () => {
    for (const [latin, cyrillic] of [
      [5, 3],
      [3, 5],
    ] as const) {
      const groups = groupQuestions([
        ...Array.from({ length: latin }, () => ({ text: 'kude da izhvarlia star hladilnik' })),
        ...Array.from({ length: cyrillic }, () => ({ text: 'къде да изхвърля стар хладилник' })),
        { text: 'parking za jivushti sinq zona' },
        { text: 'колко струва паркинг за живущи в синя зона' },
      ]);
      expect(groups.map((g) => g.volume)).toEqual([8, 2]);
    }
  });
});

describe('groupQuestions with the Sofia pack', () => {
  it('names the guide a group most likely belongs to', async () => {
    const { loadKnowledgeBase } = await import('../load/load-knowledge.ts');
    const [group] = groupQuestions(
      [{ text: 'паякът вдигна колата ми от тротоара' }, { text: 'paqkat mi vdigna kolata ot trotoara' }],
      loadKnowledgeBase(),
    );
    expect(group?.volume).toBe(2);
    expect(group?.likelyGuide?.slug).toBe('towed-vehicle');
  });
});
