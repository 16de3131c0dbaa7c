/**
 * Advance widths (1/1000 em) of Liberation Sans Regular, which has Arial's metrics. Poster SVGs must wrap their
 * own lines (SVG has no text flow), so we measure here instead of in a browser; unknown characters count wide.
 */
const WIDTHS: Record<string, number> = {};
const assign = (chars: string, width: number) => {
  for (const c of chars) WIDTHS[c] = width;
};
assign(' ', 278);
assign('ijl|', 222);
assign("!'.,:;", 278);
assign('ftrI()[]-/', 333);
assign('"*', 355);
assign('cksvxyzJгкзтх', 500);
assign('0123456789abdeghnopquL$€аеоруёнпиймвчьз', 556);
assign('?_FTZсдл', 611);
assign('ABEKPSVXYЪBКРЕАЗПХЭЬЯ', 667);
assign('CDHNRUwцбъ', 722);
assign('GOQЛОСДНИЙЦЧ', 778);
assign('mMжфшщю', 833);
assign('WЖФШЩЮ%', 944);
assign('ГТУ', 611);
assign('БВ', 667);
assign('М', 833);
assign('„“”«»', 333);
assign('–', 556);
assign('—', 1000);

/** Bold faces run about 8% wider; a margin keeps other Arial-compatible fonts inside the box too. */
const BOLD = 1.08;
const SAFETY = 1.03;

export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const c of text) units += WIDTHS[c] ?? 650;
  return (units / 1000) * fontSize * (bold ? BOLD : 1) * SAFETY;
}

/** Greedy word wrap; a single word longer than the line is left to overflow rather than split mid-word. */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface FittedText {
  lines: string[];
  fontSize: number;
}

/** The largest font size (stepping down) at which the text fits in maxLines; the smallest size otherwise, cut. */
export function fitText(
  text: string,
  opts: { maxWidth: number; maxLines: number; largest: number; smallest: number; bold?: boolean },
): FittedText {
  const step = Math.max(1, Math.round(opts.largest / 20));
  for (let size = opts.largest; size >= opts.smallest; size -= step) {
    const lines = wrapText(text, size, opts.maxWidth, opts.bold);
    if (lines.length <= opts.maxLines) return { lines, fontSize: size };
  }
  const lines = wrapText(text, opts.smallest, opts.maxWidth, opts.bold);
  const kept = lines.slice(0, opts.maxLines);
  if (lines.length > opts.maxLines) kept[kept.length - 1] = `${kept[kept.length - 1]}…`;
  return { lines: kept, fontSize: opts.smallest };
}
