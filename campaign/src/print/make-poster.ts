import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { KnowledgeBase } from '@hub/knowledge';
import { shortLink, type ShortLink } from '../content/short-link.ts';
import { resolveTarget } from '../content/target.ts';
import { svgToPdf } from '../render/pdf.ts';
import { withBrowser } from '../render/chromium.ts';
import { PRINT_FORMATS, type PrintSize } from './formats.ts';
import { posterSvg } from './poster.ts';

export interface MakePosterOptions {
  kb: KnowledgeBase;
  /** Service slug or life-event slug. */
  target: string;
  size: PrintSize;
  english: boolean;
  campaign: string;
  placement: string;
  publicOrigin: string;
  outDir: string;
  browser?: Browser;
}

export interface PosterFiles {
  svg: string;
  pdf: string;
  /** The short link to register with the server (code → target, campaign, placement). */
  link: ShortLink;
  linkFile: string;
}

export function posterBaseName(target: string, size: PrintSize, english: boolean, code: string): string {
  return `${target}-${size}${english ? '-bg-en' : ''}-${code}`;
}

/** Writes <name>.svg, <name>.pdf and <name>.link.json for one target, format and placement. */
export async function makePoster(opts: MakePosterOptions): Promise<PosterFiles> {
  const target = resolveTarget(opts.kb, opts.target);
  const link = shortLink(opts.publicOrigin, opts.campaign, opts.placement, target);
  const svg = posterSvg({ target, link, size: opts.size, english: opts.english });
  const base = path.join(opts.outDir, posterBaseName(target.slug, opts.size, opts.english, link.code));
  await fs.mkdir(opts.outDir, { recursive: true });
  const pdf = await withBrowser(opts.browser, (browser) => svgToPdf(browser, svg, PRINT_FORMATS[opts.size]));
  const files = { svg: `${base}.svg`, pdf: `${base}.pdf`, linkFile: `${base}.link.json` };
  await Promise.all([
    fs.writeFile(files.svg, svg),
    fs.writeFile(files.pdf, pdf),
    fs.writeFile(files.linkFile, `${JSON.stringify(link, null, 2)}\n`),
  ]);
  return { ...files, link };
}
