import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultContentDir } from '../load/content-paths.ts';
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

  it('writes every repository file back byte for byte (so an export of unchanged guides changes nothing)', () => {
    const kb = loadKnowledgeBase();
    for (const s of kb.services) {
      for (const lang of ['bg', 'en'] as const) {
        const file = path.join(defaultContentDir, 'services', s.slug, `${lang}.md`);
        const raw = fs.readFileSync(file, 'utf8');
        expect(serializeGuide(parseGuideSource(raw, file).guide!), `${s.slug}/${lang}`).toBe(raw);
      }
    }
  });
});
