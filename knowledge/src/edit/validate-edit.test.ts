import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultContentDir, defaultCatalogFile } from '../load/content-paths.ts';
import { loadKnowledgeBase } from '../load/load-knowledge.ts';
import { validateContent } from '../validate/validate-content.ts';
import { formatProblem } from '../validate/problem.ts';
import { validateEditedGuide } from './validate-edit.ts';

const kb = loadKnowledgeBase();
const slug = 'heirs-certificate';
const read = (lang: string) =>
  fs.readFileSync(path.join(defaultContentDir, 'services', slug, `${lang}.md`), 'utf8');

describe('validateEditedGuide', () => {
  it('accepts the repository guide unchanged', () => {
    const result = validateEditedGuide({ slug, sources: { bg: read('bg'), en: read('en') } }, { kb });
    expect(result.problems).toEqual([]);
    expect(result.service?.depth).toBe('guide');
  });

  it('gives exactly the messages of kb validate for the same broken files', () => {
    const bg = read('bg')
      .replace(/^summary: .*$/m, 'summary: ""')
      .replace(/^category: .*$/m, 'category: nowhere');
    const en = read('en').replace(/^lastReviewed: .*$/m, 'lastReviewed: soon');
    const edited = validateEditedGuide({ slug, sources: { bg, en } }, { kb }).problems.map(formatProblem);

    // The same files in a copy of the content folder, checked by the validator `kb validate` runs.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-edit-'));
    try {
      fs.cpSync(defaultContentDir, copy, { recursive: true });
      fs.writeFileSync(path.join(copy, 'services', slug, 'bg.md'), bg);
      fs.writeFileSync(path.join(copy, 'services', slug, 'en.md'), en);
      const expected = validateContent(copy, defaultCatalogFile)
        .problems.map(formatProblem)
        .map((line) =>
          line.replace(path.relative(process.cwd(), copy), path.relative(process.cwd(), defaultContentDir)),
        );
      expect(edited.length).toBeGreaterThan(1);
      expect(edited).toEqual(expected);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses a guide whose slug or language does not match its place', () => {
    const bg = read('en');
    const problems = validateEditedGuide({ slug, sources: { bg, en: read('en') } }, { kb }).problems;
    expect(problems.map((p) => p.field)).toContain('lang');
  });
});
