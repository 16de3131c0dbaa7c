import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateContent } from './validate-content.ts';
import { defaultContentDir } from '../load/content-paths.ts';
import { formatProblem } from './problem.ts';

/** A temporary content folder with the real reference data and a one-service catalog. */
let dir: string;
let catalog: string;
const model = path.join(defaultContentDir, 'services', 'heirs-certificate');

function writeGuide(slug: string, lang: 'bg' | 'en', edit: (src: string) => string = (s) => s) {
  const target = path.join(dir, 'services', slug);
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(
    path.join(target, `${lang}.md`),
    edit(fs.readFileSync(path.join(model, `${lang}.md`), 'utf8')),
  );
}

function problems(): string[] {
  return validateContent(dir, catalog).problems.map(formatProblem);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-'));
  for (const f of ['districts.yaml', 'categories.yaml', 'life-events.yaml']) {
    fs.copyFileSync(path.join(defaultContentDir, f), path.join(dir, f));
  }
  catalog = path.join(dir, 'catalog.json');
  const entry = {
    slug: 'heirs-certificate',
    category: 'civil-status',
    depth: 'guide',
    provider: 'district',
    iisda: '2016',
    channel: null,
    title: { bg: 'x', en: 'x' },
  };
  fs.writeFileSync(catalog, JSON.stringify([entry]));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

// The model guide relates to other services; they are not in this one-service catalog.
const noRelated = (s: string) => s.replace(/^related: .*$/m, 'related: []');

describe('validateContent', () => {
  it('accepts a complete guide in both languages', () => {
    writeGuide('heirs-certificate', 'bg', noRelated);
    writeGuide('heirs-certificate', 'en', noRelated);
    expect(problems()).toEqual([]);
  });

  it('names the file and field of a schema error', () => {
    writeGuide('heirs-certificate', 'bg', (s) => noRelated(s).replace(/^summary: .*$/m, 'summary: ""'));
    writeGuide('heirs-certificate', 'en', noRelated);
    expect(problems()).toContainEqual(
      expect.stringMatching(/heirs-certificate\/bg\.md: summary: must not be empty$/),
    );
  });

  it('checks the euro conversion of a BGN fee', () => {
    const wrong = (s: string) => noRelated(s).replace('eur: 2.56', 'eur: 2.50');
    writeGuide('heirs-certificate', 'bg', wrong);
    writeGuide('heirs-certificate', 'en', wrong);
    expect(problems()).toContainEqual(
      expect.stringMatching(/bg\.md: fees\.0\.eur: 2\.5 EUR does not match 5 BGN/),
    );
  });

  it('reports facts on which the two languages disagree', () => {
    writeGuide('heirs-certificate', 'bg', noRelated);
    writeGuide('heirs-certificate', 'en', (s) => noRelated(s).replace('eauth: high', 'eauth: low'));
    expect(problems()).toContainEqual(
      expect.stringMatching(/heirs-certificate: online\.eauth: differs between bg\.md/),
    );
  });

  it('requires a complete guide for depth "guide"', () => {
    const incomplete = (s: string) => noRelated(s).replace(/^afterwards: .*$/m, '');
    writeGuide('heirs-certificate', 'bg', incomplete);
    writeGuide('heirs-certificate', 'en', incomplete);
    expect(problems()).toContainEqual(expect.stringMatching(/bg\.md: afterwards: say what happens next/));
  });

  it('reports a missing language, a missing catalog service and unknown references', () => {
    writeGuide('heirs-certificate', 'bg', (s) => s.replace(/^related: .*$/m, 'related: [no-such-service]'));
    expect(problems()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/heirs-certificate\/en\.md: \(file\): missing English guide/),
        expect.stringMatching(/bg\.md: related\.0: unknown service "no-such-service"/),
      ]),
    );
    fs.rmSync(path.join(dir, 'services'), { recursive: true });
    expect(problems()).toContainEqual(
      expect.stringMatching(/catalog service "heirs-certificate" has no guide/),
    );
  });

  it('checks how-to video captions: present, valid WebVTT, chapters tied to existing steps', () => {
    const withVideo = (lang: string, step: number) => (s: string) =>
      noRelated(s).replace(
        /^lastReviewed:/m,
        `video:\n  captions: video.${lang}.vtt\n  chapters:\n    - { step: 1, start: "00:00" }\n    - { step: ${step}, start: "00:20" }\nlastReviewed:`,
      );
    writeGuide('heirs-certificate', 'bg', withVideo('bg', 9));
    writeGuide('heirs-certificate', 'en', withVideo('en', 9));
    fs.writeFileSync(
      path.join(dir, 'services', 'heirs-certificate', 'video.bg.vtt'),
      'WEBVTT\n\n00:00.000 --> 00:05.000\nПодайте заявление.\n',
    );
    fs.writeFileSync(path.join(dir, 'services', 'heirs-certificate', 'video.en.vtt'), 'not captions');
    expect(problems()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bg\.md: video\.chapters\.1\.step: step 9 does not exist/),
        expect.stringMatching(/en\.md: video\.captions: video\.en\.vtt: must start with "WEBVTT"/),
      ]),
    );
    expect(problems().some((p) => p.includes('bg.md: video.captions'))).toBe(false);
  });

  it('reports broken YAML without throwing', () => {
    writeGuide('heirs-certificate', 'bg', () => '---\ntitle: [unclosed\n---\nbody');
    writeGuide('heirs-certificate', 'en', noRelated);
    expect(problems()).toContainEqual(expect.stringMatching(/bg\.md: \(front-matter\): invalid YAML/));
  });
});
