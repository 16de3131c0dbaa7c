import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import bg from './bg.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('guide editor UI strings', () => {
  it('Bulgarian and English have the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(bg).sort());
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(bg) as (keyof typeof bg)[])
      expect(vars(en[key]), key).toEqual(vars(bg[key]));
  });

  it("every literal tx('…') key used by the editor exists", () => {
    const used = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
      for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/\btx\('([a-z][\w.]+)'/g))
        used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in bg))).toEqual([]);
  });
});
