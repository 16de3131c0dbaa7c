import { translator } from '../i18n.ts';
import { fitText } from '../render/text-measure.ts';
import { svgDocument, svgText } from '../render/svg.ts';
import { THEME } from '../theme.ts';
import { escapeXml } from '../util/escape.ts';
import { PRINT_FORMATS } from './formats.ts';
import { qrGroup, displayUrl, type PosterSpec } from './poster-svg.ts';

/** Banner layout units: 4 units per millimetre of a 1000 × 250 mm strip. */
const W = 4000;
const H = 1000;
const LEFT = 820;
const QR_SIDE = 640;

/** A long landscape strip for vehicles: name block left, title and facts in a row, QR code right. */
export function bannerPoster(spec: PosterSpec): string {
  const { target, link, english } = spec;
  const bg = translator('bg');
  const en = translator('en');
  const parts: string[] = [];

  // The signature block: blue field with the name, a red rule along its right edge.
  parts.push(`<rect x="0" y="0" width="${LEFT}" height="${H}" fill="${THEME.blue}"/>`);
  parts.push(`<rect x="${LEFT - 24}" y="0" width="24" height="${H}" fill="${THEME.red}"/>`);
  const mark = 170;
  parts.push(`<rect x="90" y="110" width="${mark}" height="${mark}" rx="30" fill="${THEME.white}"/>`);
  parts.push(
    `<rect x="${90 + mark * 0.2}" y="${110 + mark * 0.2}" width="${mark * 0.6}" height="${mark * 0.2}" fill="${THEME.blue}"/>`,
  );
  parts.push(
    `<rect x="${90 + mark * 0.2}" y="${110 + mark * 0.6}" width="${mark * 0.6}" height="${mark * 0.2}" fill="${THEME.red}"/>`,
  );
  const name = bg('org.name').toUpperCase().split(' ');
  parts.push(
    svgText({
      x: 90,
      y: 420,
      lines: name,
      fontSize: 84,
      bold: true,
      fill: THEME.white,
      lineHeight: 1.1,
      letterSpacing: 4,
    }).svg,
  );
  if (english)
    parts.push(svgText({ x: 90, y: 620, lines: [en('org.name')], fontSize: 44, fill: THEME.white }).svg);
  const tagline = fitText(bg('org.tagline'), {
    maxWidth: LEFT - 180,
    maxLines: 3,
    largest: 40,
    smallest: 30,
  });
  parts.push(
    svgText({ x: 90, y: 780, lines: tagline.lines, fontSize: tagline.fontSize, fill: THEME.white }).svg,
  );

  // Title and facts.
  const x = LEFT + 110;
  const qrX = W - QR_SIDE - 120;
  const width = qrX - 110 - x;
  parts.push(
    svgText({
      x,
      y: 150,
      lines: [target.kicker.bg.toUpperCase()],
      fontSize: 48,
      bold: true,
      fill: THEME.red,
      letterSpacing: 3,
    }).svg,
  );
  const title = fitText(target.title.bg, {
    maxWidth: width,
    maxLines: 2,
    largest: 150,
    smallest: 96,
    bold: true,
  });
  const titleText = svgText({
    x,
    y: 170 + title.fontSize,
    lines: title.lines,
    fontSize: title.fontSize,
    bold: true,
    lineHeight: 1.05,
  });
  parts.push(titleText.svg);
  let y = titleText.bottom;
  if (english) {
    const t = fitText(target.title.en, { maxWidth: width, maxLines: 1, largest: 64, smallest: 44 });
    const et = svgText({
      x,
      y: y + 20 + t.fontSize,
      lines: t.lines,
      fontSize: t.fontSize,
      fill: THEME.muted,
    });
    parts.push(et.svg);
    y = et.bottom;
  }
  const factsTop = Math.max(y + 70, H - (english ? 380 : 330));
  const column = (width + 60) / target.facts.bg.length;
  target.facts.bg.forEach((fact, i) => {
    const fx = x + i * column;
    const enFact = target.facts.en[i];
    parts.push(
      `<rect x="${fx}" y="${factsTop}" width="14" height="${H - 70 - factsTop}" fill="${THEME.blue}"/>`,
    );
    const label = english && enFact ? `${fact.label} · ${enFact.label}` : fact.label;
    parts.push(
      svgText({
        x: fx + 50,
        y: factsTop + 44,
        lines: [label.toUpperCase()],
        fontSize: 42,
        bold: true,
        fill: THEME.muted,
        letterSpacing: 2,
      }).svg,
    );
    const value = fitText(fact.value, {
      maxWidth: column - 110,
      maxLines: 3,
      largest: 72,
      smallest: 44,
      bold: true,
    });
    const v = svgText({
      x: fx + 50,
      y: factsTop + 60 + value.fontSize,
      lines: value.lines,
      fontSize: value.fontSize,
      bold: true,
      lineHeight: 1.1,
    });
    parts.push(v.svg);
    if (english && enFact) {
      const e = fitText(enFact.value, { maxWidth: column - 110, maxLines: 1, largest: 40, smallest: 30 });
      parts.push(
        svgText({
          x: fx + 50,
          y: v.bottom + 10 + e.fontSize,
          lines: e.lines,
          fontSize: e.fontSize,
          fill: THEME.muted,
        }).svg,
      );
    }
  });

  // Call to action.
  parts.push(`<rect x="${qrX - 60}" y="0" width="${W - qrX + 60}" height="${H}" fill="${THEME.paleBlue}"/>`);
  parts.push(qrGroup(link.url, qrX, 90, QR_SIDE));
  const calls = english ? [bg('poster.qr.call'), en('poster.qr.call')] : [bg('poster.qr.call')];
  calls.forEach((call, i) => {
    const fit = fitText(call, {
      maxWidth: QR_SIDE + 40,
      maxLines: 1,
      largest: 44,
      smallest: 30,
      bold: i === 0,
    });
    parts.push(
      svgText({
        x: qrX,
        y: 90 + QR_SIDE + 70 + i * 50,
        lines: fit.lines,
        fontSize: fit.fontSize,
        bold: i === 0,
        fill: i === 0 ? THEME.blue : THEME.muted,
      }).svg,
    );
  });
  parts.push(
    `<text x="${qrX}" y="${90 + QR_SIDE + 70 + calls.length * 50 + 30}" font-size="40" font-weight="700" fill="${THEME.ink}">${escapeXml(displayUrl(link.url))}</text>`,
  );

  const format = PRINT_FORMATS.banner;
  return svgDocument({
    widthMm: format.widthMm,
    heightMm: format.heightMm,
    viewW: W,
    viewH: H,
    title: target.title.bg,
    body: parts.join('\n'),
  });
}
