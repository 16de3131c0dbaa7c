import { describe, expect, it } from 'vitest';
import { serializeGuide } from './serialize-guide.ts';
import { parseGuideSource } from '../load/read-guides.ts';
import { loadKnowledgeBase } from '../load/load-knowledge.ts';

describe('serializeGuide', () => {
  it('round-trips every guide of the pack in both languages', () => {
    const kb = loadKnowledgeBase();
    expect(kb.services.length).toBe(102);
    for (const s of kb.services) {
      for (const g of Object.values(s.guides)) {
        const { guide, problems } = parseGuideSource(serializeGuide(g), `${s.slug}/${g.lang}.md`);
        expect(problems, `${s.slug}/${g.lang}`).toEqual([]);
        expect(guide, `${s.slug}/${g.lang}`).toEqual(g);
      }
    }
  });
});
