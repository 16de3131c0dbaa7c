import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { KnowledgeBase, Lang } from '@hub/knowledge';
import { resolveTarget } from '../content/target.ts';
import { withBrowser } from '../render/chromium.ts';
import { screenshotPng } from '../render/screenshot.ts';
import { OG_HEIGHT, OG_WIDTH, ogHtml } from './og-html.ts';

export interface MakeOgOptions {
  kb: KnowledgeBase;
  target: string;
  outDir: string;
  langs?: Lang[];
  browser?: Browser;
}

/** Writes og.bg.png and og.en.png (1200 × 630) for a service or life event; returns their paths. */
export async function makeOgImages(opts: MakeOgOptions): Promise<string[]> {
  const target = resolveTarget(opts.kb, opts.target);
  await fs.mkdir(opts.outDir, { recursive: true });
  return withBrowser(opts.browser, async (browser) => {
    const page = await browser.newPage({
      viewport: { width: OG_WIDTH, height: OG_HEIGHT },
      deviceScaleFactor: 1,
    });
    try {
      const files: string[] = [];
      for (const lang of opts.langs ?? (['bg', 'en'] as Lang[])) {
        await page.setContent(ogHtml(target, lang), { waitUntil: 'load' });
        const file = path.join(opts.outDir, `og.${lang}.png`);
        await screenshotPng(page, file);
        files.push(file);
      }
      return files;
    } finally {
      await page.close();
    }
  });
}
