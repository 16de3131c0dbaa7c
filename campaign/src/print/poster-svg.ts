import type { CampaignTarget } from '../content/target.ts';
import type { ShortLink } from '../content/short-link.ts';
import { translator } from '../i18n.ts';
import { fitText } from '../render/text-measure.ts';
import { round, svgText } from '../render/svg.ts';
import { THEME } from '../theme.ts';
import { brandBand } from './brand.ts';
import { PRINT_FORMATS, type PrintSize } from './formats.ts';
import { factLabel, factLabelText, fittedText, printDocument, qrGroup, urlText } from './layout.ts';

export interface PosterSpec {
  target: CampaignTarget;
  link: ShortLink;
  size: PrintSize;
  /** Adds the English title, facts and call to action under the Bulgarian. */
  english: boolean;
}

/** Portrait layout units: 1000 wide, A-series proportion, the same drawing for A4 and A3. */
const W = 1000;
const H = Math.round(1000 * Math.SQRT2);
const M = 70;

interface Block {
  svg: string;
  bottom: number;
}

/** Title and facts from y downwards at a scale; the caller shrinks the scale until they fit above the panel. */
function titleAndFacts(spec: PosterSpec, top: number, scale: number, compact = false): Block {
  const { target, english } = spec;
  const width = W - 2 * M;
  const parts: string[] = [];
  const titleText = fittedText(
    target.title.bg,
    {
      maxWidth: width,
      maxLines: 4,
      largest: Math.round(84 * scale),
      smallest: Math.round(56 * scale),
      bold: true,
    },
    { x: M, top, bold: true, lineHeight: 1.1 },
  );
  parts.push(titleText.svg);
  let y = titleText.bottom;
  if (english) {
    const t = fittedText(
      target.title.en,
      { maxWidth: width, maxLines: 2, largest: Math.round(42 * scale), smallest: 28 },
      { x: M, top: y + 16, fill: THEME.muted },
    );
    parts.push(t.svg);
    y = t.bottom;
  }
  if (target.kind === 'life-event' && !compact) {
    const l = fittedText(
      target.summary.bg,
      { maxWidth: width, maxLines: 3, largest: Math.round(40 * scale), smallest: 28 },
      { x: M, top: y + 30, fill: THEME.ink },
    );
    parts.push(l.svg);
    y = l.bottom;
  }
  y += 55 * scale;
  // Facts: a blue rule on the left, the label small and the answer large, as on a GOV.UK summary list.
  target.facts.bg.forEach((fact, i) => {
    const enFact = target.facts.en[i];
    const rowTop = y;
    parts.push(
      factLabelText(factLabel(fact.label, enFact?.label, english), {
        x: M + 44,
        y: rowTop + 26 * Math.max(scale, 0.8),
        fontSize: Math.round(26 * Math.max(scale, 0.8)),
        letterSpacing: 1.5,
      }),
    );
    const v = fittedText(
      fact.value,
      {
        maxWidth: width - 44,
        maxLines: 2,
        largest: Math.round(58 * scale),
        smallest: Math.round(34 * scale),
        bold: true,
      },
      { x: M + 44, top: rowTop + 38 * scale, bold: true, lineHeight: 1.12 },
    );
    parts.push(v.svg);
    let bottom = v.bottom;
    if (english && enFact) {
      const e = fittedText(
        enFact.value,
        { maxWidth: width - 44, maxLines: 1, largest: Math.round(30 * scale), smallest: 20 },
        { x: M + 44, top: v.bottom + 6, fill: THEME.muted },
      );
      parts.push(e.svg);
      bottom = e.bottom;
    }
    parts.push(
      `<rect x="${M}" y="${rowTop}" width="10" height="${round(bottom - rowTop)}" fill="${THEME.blue}"/>`,
    );
    y = bottom + 42 * scale;
  });
  if (target.note) {
    const note = english ? `${target.note.bg} · ${target.note.en}` : target.note.bg;
    const n = svgText({
      x: M + 44,
      y: y + 4,
      lines: [note],
      fontSize: Math.round(34 * scale),
      fill: THEME.blue,
      bold: true,
    });
    parts.push(n.svg);
    y = n.bottom + 30;
  }
  return { svg: parts.join('\n'), bottom: y };
}

/** Call to action: the QR code on a pale blue panel with the printed short link for those who would type it. */
function callToAction(spec: PosterSpec, top: number, height: number): string {
  const bg = translator('bg');
  const en = translator('en');
  const qrSide = height - 40;
  const parts = [
    `<rect x="0" y="${top}" width="${W}" height="${height}" fill="${THEME.paleBlue}"/>`,
    qrGroup(spec.link.url, M, top + 20, qrSide),
  ];
  const x = M + qrSide + 50;
  const width = W - x - M;
  const callText = fittedText(
    bg('poster.qr.call'),
    { maxWidth: width, maxLines: 2, largest: 46, smallest: 34, bold: true },
    { x, top: top + 40, bold: true, fill: THEME.blue, lineHeight: 1.1 },
  );
  parts.push(callText.svg);
  const detailText = fittedText(
    bg('poster.qr.detail'),
    { maxWidth: width, maxLines: 2, largest: 30, smallest: 24 },
    { x, top: callText.bottom + 10 },
  );
  parts.push(detailText.svg);
  let y = detailText.bottom;
  if (spec.english) {
    const et = fittedText(
      `${en('poster.qr.call')}. ${en('poster.qr.detail')}`,
      { maxWidth: width, maxLines: 2, largest: 24, smallest: 20 },
      { x, top: y + 6, fill: THEME.muted },
    );
    parts.push(et.svg);
    y = et.bottom;
  }
  const urlY = Math.max(y + 48, top + height - 36);
  parts.push(urlText(spec.link.url, x, urlY, 32));
  return parts.join('\n');
}

const FOOTER = 70;
const panelTop = (english: boolean) => H - FOOTER - (english ? 360 : 330);

/** Title and facts at the largest scale that ends above the QR panel; fits is false if even the smallest does not. */
export function portraitBody(spec: PosterSpec, limit = panelTop(spec.english)): Block & { fits: boolean } {
  const top = 245;
  let body = titleAndFacts(spec, top, 1);
  for (let scale = 0.95; body.bottom > limit && scale >= 0.5; scale -= 0.05)
    body = titleAndFacts(spec, top, scale);
  // Last resort: drop the life event's lead line (the QR page has it) rather than shrink text further.
  for (let scale = 0.7; body.bottom > limit && scale >= 0.5; scale -= 0.05)
    body = titleAndFacts(spec, top, scale, true);
  return { ...body, fits: body.bottom <= limit };
}

export function portraitPoster(spec: PosterSpec): string {
  const { target, english } = spec;
  const bg = translator('bg');
  const en = translator('en');
  const header = 150;
  const panelHeight = english ? 360 : 330;
  const parts: string[] = [brandBand({ x: 0, y: 0, width: W, height: header, fontSize: 40, english })];
  parts.push(
    svgText({
      x: M,
      y: header + 70,
      lines: [target.kicker.bg.toUpperCase()],
      fontSize: 28,
      fill: THEME.red,
      bold: true,
      letterSpacing: 2,
    }).svg,
  );

  parts.push(portraitBody(spec, panelTop(english)).svg);
  parts.push(callToAction(spec, panelTop(english), panelHeight));

  parts.push(`<rect x="0" y="${H - FOOTER}" width="${W}" height="${FOOTER}" fill="${THEME.blue}"/>`);
  const tagline = english ? `${bg('org.tagline')} · ${en('org.tagline')}` : bg('org.tagline');
  const tag = fitText(tagline, { maxWidth: W - 2 * M, maxLines: 1, largest: 26, smallest: 16 });
  parts.push(svgText({ x: M, y: H - 27, lines: tag.lines, fontSize: tag.fontSize, fill: THEME.white }).svg);

  return printDocument(PRINT_FORMATS[spec.size], W, H, target.title.bg, parts);
}
