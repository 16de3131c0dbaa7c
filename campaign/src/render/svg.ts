import { THEME } from '../theme.ts';
import { escapeXml } from '../util/escape.ts';

export interface TextBlock {
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: string[];
  fontSize: number;
  lineHeight?: number;
  fill?: string;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  letterSpacing?: number;
}

/** A multi-line <text>; returns the markup and the y just below the last line. */
export function svgText(block: TextBlock): { svg: string; bottom: number } {
  const lh = block.lineHeight ?? 1.2;
  const attrs = [
    `x="${block.x}"`,
    `y="${block.y}"`,
    `font-size="${block.fontSize}"`,
    `fill="${block.fill ?? THEME.ink}"`,
    block.bold ? 'font-weight="700"' : '',
    block.anchor && block.anchor !== 'start' ? `text-anchor="${block.anchor}"` : '',
    block.letterSpacing ? `letter-spacing="${block.letterSpacing}"` : '',
  ].filter(Boolean);
  const spans = block.lines
    .map(
      (line, i) =>
        `<tspan x="${block.x}" dy="${i === 0 ? 0 : round(block.fontSize * lh)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const bottom = block.y + block.fontSize * lh * (block.lines.length - 1) + block.fontSize * 0.3;
  return { svg: `<text ${attrs.join(' ')}>${spans}</text>`, bottom };
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function svgDocument(opts: {
  widthMm: number;
  heightMm: number;
  viewW: number;
  viewH: number;
  title: string;
  body: string;
}): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${opts.widthMm}mm" height="${opts.heightMm}mm" viewBox="0 0 ${opts.viewW} ${opts.viewH}" font-family="${escapeXml(THEME.font)}">`,
    `<title>${escapeXml(opts.title)}</title>`,
    opts.body,
    '</svg>',
    '',
  ].join('\n');
}
