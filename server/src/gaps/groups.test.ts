import { loadKnowledgeBase } from '@hub/knowledge';
import { describe, expect, it } from 'vitest';
import { belongsTo, gapGroups, groupKeyOf, keysOf } from './groups.ts';

const kb = loadKnowledgeBase();
const q = (text: string, n = 1, poorlyRated = false) =>
  Array.from({ length: n }, () => ({ text, lang: 'bg' as const, poorlyRated }));

describe('gap groups', () => {
  it('puts a Latin-letter spelling into the group of its Cyrillic question, whichever is more frequent', () => {
    const groups = gapGroups(
      [
        ...q('къде да изхвърля стар хладилник', 5),
        ...q('kude da izhvarlia star hladilnik', 3),
        ...q('колко струва паркинг за живущи в синя зона', 4),
        ...q('parking za jivushti sinq zona', 2, true),
        ...q('детска площадка счупена люлка'),
      ],
      kb,
      10,
    );
    expect(groups.map((g) => [g.examples[0], g.volume, g.poorlyRated])).toEqual([
      ['къде да изхвърля стар хладилник', 8, 0],
      ['колко струва паркинг за живущи в синя зона', 6, 2],
      ['детска площадка счупена люлка', 1, 0],
    ]);
    expect(groups[1]!.examples).toEqual([
      'колко струва паркинг за живущи в синя зона',
      'parking za jivushti sinq zona',
    ]);
    expect(groups[0]!.key).toBe(groupKeyOf('къде да изхвърля стар хладилник'));
  });

  it('keeps unrelated questions out of a group', () => {
    const key = groupKeyOf('тротинетка под наем');
    expect(key).toBe('naem trotinetk');
    expect(belongsTo(keysOf('trotinetki pod naem'), key)).toBe(true);
    expect(belongsTo(keysOf('тротинетки под наем до метрото'), key)).toBe(true);
    expect(belongsTo(keysOf('наем на зала'), key)).toBe(false);
    expect(belongsTo(keysOf(''), key)).toBe(false);
    expect(gapGroups([], kb, 10)).toEqual([]);
  });
});
