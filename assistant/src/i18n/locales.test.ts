import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from './i18n.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Phrase lists the recognizers compare input against; they are never shown to citizens. */
const INPUT_PHRASE_FILES = new Set(['recognizers/phrases.ts', 'recognizers/topics.ts']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ['widget', 'channels'].includes(entry.name) && dir === srcDir ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('locales', () => {
  it('Bulgarian and English have exactly the same keys', () => {
    expect(keys(RESOURCES.en).sort()).toEqual(keys(RESOURCES.bg).sort());
  });

  it('no value is empty and placeholders match between languages', () => {
    const bg = keys(RESOURCES.bg);
    const get = (obj: unknown, key: string) =>
      key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
    for (const key of bg) {
      const [b, e] = [get(RESOURCES.bg, key), get(RESOURCES.en, key)];
      expect(JSON.stringify(b).length, key).toBeGreaterThan(2);
      const vars = (v: unknown) => [...JSON.stringify(v).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(vars(e), key).toEqual(vars(b));
    }
  });

  it('no Cyrillic text is written in the code outside the locale files and input phrase lists', () => {
    const offenders = sourceFiles(srcDir)
      .filter((file) => !INPUT_PHRASE_FILES.has(path.relative(srcDir, file).split(path.sep).join('/')))
      .filter((file) =>
        /\p{Script=Cyrillic}/u.test(fs.readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')),
      )
      .map((file) => path.relative(srcDir, file));
    expect(offenders).toEqual([]);
  });
});
