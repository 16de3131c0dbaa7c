import { describe, expect, it } from 'vitest';
import { groupQuestions } from './group-questions.ts';

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
