import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../load/load-knowledge.ts';
import type { KnowledgeBase } from '../types.ts';

// Runs against the built pack (npm test builds it first).
let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase();
});

const top = (q: string) => kb.search(q).results[0]?.slug;

describe('search over the Sofia pack', () => {
  it.each([
    ['данък сграда', 'property-tax-payment'],
    ['danak sgrada', 'property-tax-payment'],
    ['паякът ми вдигна колата', 'towed-vehicle'],
    ['udostoverenie za naslednici', 'heirs-certificate'],
    ['удостоверенеи за наследници', 'heirs-certificate'],
    ['my car was towed', 'towed-vehicle'],
    ['heirs certificate', 'heirs-certificate'],
  ])('%s → %s', (q, slug) => {
    expect(top(q)).toBe(slug);
  });

  it('detects the language of the query and answers in it', () => {
    expect(kb.search('my car was towed').lang).toBe('en');
    expect(kb.search('danak sgrada').lang).toBe('bg');
    expect(kb.search('данък сграда').lang).toBe('bg');
    expect(kb.search('danak sgrada', { lang: 'en' }).results[0]?.title).toBe('Paying property tax');
  });

  it('returns slug, title, snippet, score and a confidence flag', () => {
    const r = kb.search('удостоверение за наследници');
    expect(r.match).toBe('confident');
    const first = r.results[0];
    expect(first).toMatchObject({
      slug: 'heirs-certificate',
      title: 'Удостоверение за наследници',
      confident: true,
    });
    expect(first?.snippet.length).toBeGreaterThan(20);
    expect(first?.score).toBeGreaterThan(0);
  });

  it('tells "no good match" from a weak one', () => {
    expect(kb.search('').match).toBe('none');
    expect(kb.search('   ').results).toEqual([]);
    expect(kb.search('qxzv wpfk').match).toBe('none');
    const weak = kb.search('зоологическа градина жирафи');
    expect(['weak', 'none']).toContain(weak.match);
    expect(weak.results.every((r) => !r.confident)).toBe(true);
  });

  it('survives huge and hostile queries', () => {
    expect(() => kb.search('данък '.repeat(50_000))).not.toThrow();
    expect(kb.search('данък '.repeat(50_000)).query.length).toBeLessThanOrEqual(300);
    expect(() => kb.search('"~*^:+- \\ <img src=x onerror=alert(1)>')).not.toThrow();
    expect(() => kb.search('\u0000\uffff\ud800')).not.toThrow();
    expect(() => kb.search(undefined as unknown as string)).not.toThrow();
  });
});
