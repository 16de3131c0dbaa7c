import { loadKnowledgeBase } from '@hub/knowledge';
import { describe, expect, it } from 'vitest';
import { shortLink } from '../content/short-link.ts';
import { resolveTarget } from '../content/target.ts';
import { portraitBody } from './poster-svg.ts';
import { posterSvg } from './poster.ts';

const kb = loadKnowledgeBase();
const targets = [...kb.services.map((s) => s.slug), ...kb.lifeEvents.map((e) => e.slug)];

describe('poster layout', () => {
  it('fits the title and facts of every service and life event above the QR panel, with and without English', () => {
    const overflowing: string[] = [];
    for (const slug of targets) {
      const target = resolveTarget(kb, slug);
      const link = shortLink('https://hub.sofia.bg', 'c', 'p', target);
      for (const english of [false, true]) {
        if (!portraitBody({ target, link, size: 'a4', english }).fits)
          overflowing.push(`${slug}${english ? ' (bg+en)' : ''}`);
      }
    }
    expect(overflowing).toEqual([]);
  });

  it('draws A4 and A3 from one layout at their paper sizes, and escapes text', () => {
    const target = {
      ...resolveTarget(kb, 'heirs-certificate'),
      title: { bg: 'Данъци & <такси>', en: 'Tax' },
    };
    const link = shortLink('https://hub.sofia.bg', 'c', 'p', target);
    const a4 = posterSvg({ target, link, size: 'a4', english: false });
    const a3 = posterSvg({ target, link, size: 'a3', english: false });
    expect(a4).toContain('width="210mm" height="297mm"');
    expect(a3).toContain('width="297mm" height="420mm"');
    expect(a4.replace(/width="\d+mm" height="\d+mm"/, '')).toBe(
      a3.replace(/width="\d+mm" height="\d+mm"/, ''),
    );
    expect(a4).toContain('Данъци &#38; &#60;такси&#62;');
    expect(posterSvg({ target, link, size: 'banner', english: false })).toContain(
      'width="1000mm" height="250mm"',
    );
  });
});
