import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import bg from './bg.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('console UI strings', () => {
  it('Bulgarian and English have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(bg).sort());
  });

  it('placeholders agree between the languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(bg) as (keyof typeof bg)[])
      expect(vars(en[key]), key).toEqual(vars(bg[key]));
  });

  it("every literal t('…') key used in the code exists", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      const text = fs.readFileSync(file, 'utf8');
      // Modules with their own string table (identity, kiosk fleet…) bind `t` to it and test their keys themselves.
      if (!/\{[^}]*\bt\b[^}]*\}\s*=\s*useI18n\(\)/.test(text)) continue;
      for (const m of text.matchAll(/\bt\('([a-z][\w.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in bg))).toEqual([]);
  });
});
