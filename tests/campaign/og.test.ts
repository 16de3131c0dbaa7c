import fs from 'node:fs';
import { loadKnowledgeBase } from '@hub/knowledge';
import { afterAll, describe, expect, it } from 'vitest';
import { makeOgImages } from '../../campaign/src/og/make-og.ts';
import { THEME } from '../../campaign/src/theme.ts';
import { colourShare, luminanceVariance, readPng } from './support/png.ts';
import { tempDir } from './support/tools.ts';

const out = tempDir('og');
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('social cards', () => {
  it('renders a 1200 × 630 Open Graph image per language in the municipal colours', async () => {
    const files = await makeOgImages({ kb: loadKnowledgeBase(), target: 'heirs-certificate', outDir: out });
    expect(files.map((f) => f.slice(out.length + 1))).toEqual(['og.bg.png', 'og.en.png']);
    for (const file of files) {
      const png = readPng(file);
      expect([png.width, png.height]).toEqual([1200, 630]);
      expect(luminanceVariance(png)).toBeGreaterThan(1000);
      expect(colourShare(png, THEME.blue)).toBeGreaterThan(0.3);
    }
    expect(fs.readFileSync(files[0]!).equals(fs.readFileSync(files[1]!))).toBe(false);
  });
});
