import { fitText } from '../render/text-measure.ts';
import { svgDocument, svgText, type TextBlock } from '../render/svg.ts';
import { THEME } from '../theme.ts';
import { escapeXml } from '../util/escape.ts';
import type { PrintFormat } from './formats.ts';
import { qrPath } from './qr.ts';

/** Layout pieces shared by the portrait poster and the banner. */

export type FitOptions = Parameters<typeof fitText>[1];

/** Text fitted by `fit`, its first baseline one font size below `top`; returns the markup and the y below it. */
export function fittedText(
  text: string,
  fit: FitOptions,
  block: Omit<TextBlock, 'y' | 'lines' | 'fontSize'> & { top: number },
): { svg: string; bottom: number } {
  const { top, ...rest } = block;
  const fitted = fitText(text, fit);
  return svgText({ ...rest, y: top + fitted.fontSize, lines: fitted.lines, fontSize: fitted.fontSize });
}

/** A fact's label, with the English one after it when the poster is bilingual. */
export function factLabel(label: string, enLabel: string | undefined, english: boolean): string {
  return english && enLabel ? `${label} · ${enLabel}` : label;
}

/** The small upper-case label above a fact's value. */
export function factLabelText(
  label: string,
  at: { x: number; y: number; fontSize: number; letterSpacing: number },
): string {
  return svgText({ ...at, lines: [label.toUpperCase()], fill: THEME.muted, bold: true }).svg;
}

export function qrGroup(url: string, x: number, y: number, side: number): string {
  const qr = qrPath(url);
  // The standard quiet zone of four light modules, so phones find the code even on a coloured panel.
  const quiet = 4;
  const scale = side / (qr.size + quiet * 2);
  return [
    `<rect x="${x}" y="${y}" width="${side}" height="${side}" fill="${THEME.white}"/>`,
    `<path transform="translate(${x + quiet * scale} ${y + quiet * scale}) scale(${scale})" d="${qr.d}" fill="${THEME.ink}"/>`,
  ].join('\n');
}

export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** The whole SVG file: the drawing in layout units (viewW × viewH) at the format's paper size. */
export function printDocument(
  format: PrintFormat,
  viewW: number,
  viewH: number,
  title: string,
  parts: string[],
): string {
  return svgDocument({
    widthMm: format.widthMm,
    heightMm: format.heightMm,
    viewW,
    viewH,
    title,
    body: parts.join('\n'),
  });
}

/** The printed short link under or beside the QR code, for those who would type it. */
export function urlText(url: string, x: number, y: number, fontSize: number): string {
  return `<text x="${x}" y="${y}" font-size="${fontSize}" font-weight="700" fill="${THEME.ink}">${escapeXml(displayUrl(url))}</text>`;
}
