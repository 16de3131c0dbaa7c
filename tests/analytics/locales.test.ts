import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import bg from '../../helpdesk/src/components/analytics/locales/bg.json' with { type: 'json' };
import en from '../../helpdesk/src/components/analytics/locales/en.json' with { type: 'json' };

const dir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../helpdesk/src/components/analytics',
);

describe('insights UI strings', () => {
  it('Bulgarian and English have the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(bg).sort());
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(bg) as (keyof typeof bg)[])
      expect(vars(en[key]), key).toEqual(vars(bg[key]));
  });

  it("every literal at('…') key used in the components exists", () => {
    const used = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tsx')))
      for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/\bat\('([a-z][\w.]+)'/g))
        used.add(m[1]!);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !(k in bg))).toEqual([]);
  });
});
