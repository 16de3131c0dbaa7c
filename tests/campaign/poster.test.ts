import fs from 'node:fs';
import { loadKnowledgeBase } from '@hub/knowledge';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePoster } from '../../campaign/src/print/make-poster.ts';
import { qrPath } from '../../campaign/src/print/qr.ts';
import { launchChromium } from '../../campaign/src/render/chromium.ts';
import { THEME } from '../../campaign/src/theme.ts';
import { colourShare, luminanceVariance, readPng } from './support/png.ts';
import { pdfPageSize, pdfPageToPng, pdfText, tempDir } from './support/tools.ts';

const MM_TO_PT = 72 / 25.4;
const kb = loadKnowledgeBase();

/** Chromium rounds the page box to its own units: allow half a millimetre. */
function expectPaper(size: { width: number; height: number }, widthMm: number, heightMm: number): void {
  expect(Math.abs(size.width - widthMm * MM_TO_PT)).toBeLessThan(0.5 * MM_TO_PT);
  expect(Math.abs(size.height - heightMm * MM_TO_PT)).toBeLessThan(0.5 * MM_TO_PT);
}
let browser: Browser;
const out = tempDir('poster');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  fs.rmSync(out, { recursive: true, force: true });
});

const common = { kb, campaign: 'spring-2027', publicOrigin: 'https://hub.sofia.bg', outDir: out };

describe('posters', () => {
  it('prints an A4 poster whose page renders to a non-blank image in the municipal blue, with the title and short link', async () => {
    const files = await makePoster({
      ...common,
      browser,
      target: 'heirs-certificate',
      size: 'a4',
      english: false,
      placement: 'Triaditsa lobby',
    });
    const size = pdfPageSize(files.pdf);
    expect(size.pages).toBe(1);
    expectPaper(size, 210, 297);

    const png = readPng(pdfPageToPng(files.pdf, 50));
    // pdftoppm rounds the page up to whole pixels.
    expect(Math.abs(png.width - (210 / 25.4) * 50)).toBeLessThanOrEqual(1);
    expect(Math.abs(png.height - (297 / 25.4) * 50)).toBeLessThanOrEqual(1);
    expect(luminanceVariance(png)).toBeGreaterThan(1000);
    expect(colourShare(png, THEME.blue)).toBeGreaterThan(0.05);
    expect(colourShare(png, THEME.red)).toBeGreaterThan(0.002);

    const text = pdfText(files.pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Удостоверение за');
    expect(text).toContain(`hub.sofia.bg/s/${files.link.code}`);
    expect(text).toContain('2,56');
    expect(fs.readFileSync(files.svg, 'utf8')).toContain(qrPath(files.link.url).d);
    expect(JSON.parse(fs.readFileSync(files.linkFile, 'utf8'))).toEqual({
      code: files.link.code,
      url: `https://hub.sofia.bg/s/${files.link.code}`,
      campaign: 'spring-2027',
      placement: 'Triaditsa lobby',
      target: '/services/heirs-certificate',
    });
  });

  it('prints A3 and the 1000 × 250 mm transport banner at their paper sizes, with English when asked', async () => {
    const a3 = await makePoster({
      ...common,
      browser,
      target: 'baby-born',
      size: 'a3',
      english: true,
      placement: 'metro',
    });
    expectPaper(pdfPageSize(a3.pdf), 297, 420);
    expect(a3.link.target).toBe('/life-events/baby-born');
    expect(pdfText(a3.pdf)).toContain('A baby is born');

    const banner = await makePoster({
      ...common,
      browser,
      target: 'heirs-certificate',
      size: 'banner',
      english: false,
      placement: 'tram 5',
    });
    expectPaper(pdfPageSize(banner.pdf), 1000, 250);
    const png = readPng(pdfPageToPng(banner.pdf, 20));
    expect(png.width / png.height).toBeCloseTo(4, 1);
    expect(luminanceVariance(png)).toBeGreaterThan(1000);
    expect(banner.link.code).not.toBe(a3.link.code);
  });

  it('refuses an unknown target', async () => {
    await expect(
      makePoster({ ...common, browser, target: 'no-such-thing', size: 'a4', english: false, placement: 'x' }),
    ).rejects.toThrow(/neither a service nor a life event/);
  });
});
