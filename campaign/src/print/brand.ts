import { translator } from '../i18n.ts';
import { THEME } from '../theme.ts';
import { escapeXml } from '../util/escape.ts';

/**
 * The municipality's signature: a blue field, the name in white capitals and a red rule beneath. We draw a plain
 * mark rather than the coat of arms; print shops can swap in the official emblem artwork.
 */
export function brandBand(opts: {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  english: boolean;
}): string {
  const { x, y, width, height, fontSize } = opts;
  const rule = Math.max(4, Math.round(height * 0.09));
  const bg = translator('bg')('org.name').toUpperCase();
  const en = translator('en')('org.name').toUpperCase();
  const baseline = y + (height - rule) / 2 + fontSize * (opts.english ? 0.05 : 0.35);
  const mark = fontSize * 1.3;
  const markX = x + fontSize * 0.9;
  const markY = y + (height - rule - mark) / 2;
  const textX = markX + mark + fontSize * 0.6;
  return [
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${THEME.blue}"/>`,
    `<rect x="${x}" y="${y + height - rule}" width="${width}" height="${rule}" fill="${THEME.red}"/>`,
    `<rect x="${markX}" y="${markY}" width="${mark}" height="${mark}" rx="${mark * 0.18}" fill="${THEME.white}"/>`,
    `<rect x="${markX + mark * 0.2}" y="${markY + mark * 0.2}" width="${mark * 0.6}" height="${mark * 0.2}" fill="${THEME.blue}"/>`,
    `<rect x="${markX + mark * 0.2}" y="${markY + mark * 0.6}" width="${mark * 0.6}" height="${mark * 0.2}" fill="${THEME.red}"/>`,
    `<text x="${textX}" y="${baseline}" font-size="${fontSize}" font-weight="700" fill="${THEME.white}" letter-spacing="${fontSize * 0.08}">${escapeXml(bg)}</text>`,
    opts.english
      ? `<text x="${textX}" y="${baseline + fontSize * 0.95}" font-size="${fontSize * 0.6}" fill="${THEME.white}" letter-spacing="${fontSize * 0.05}">${escapeXml(en)}</text>`
      : '',
  ].join('\n');
}
