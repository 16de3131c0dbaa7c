import { translator } from '../i18n.ts';
import { fitText } from '../render/text-measure.ts';
import { svgText } from '../render/svg.ts';
import { THEME } from '../theme.ts';
import { PRINT_FORMATS } from './formats.ts';
import { factLabel, factLabelText, fittedText, printDocument, qrGroup, urlText } from './layout.ts';
import type { PosterSpec } from './poster-svg.ts';

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
  const titleText = fittedText(
    target.title.bg,
    { maxWidth: width, maxLines: 2, largest: 150, smallest: 96, bold: true },
    { x, top: 170, bold: true, lineHeight: 1.05 },
  );
  parts.push(titleText.svg);
  let y = titleText.bottom;
  if (english) {
    const et = fittedText(
      target.title.en,
      { maxWidth: width, maxLines: 1, largest: 64, smallest: 44 },
      { x, top: y + 20, fill: THEME.muted },
    );
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
    parts.push(
      factLabelText(factLabel(fact.label, enFact?.label, english), {
        x: fx + 50,
        y: factsTop + 44,
        fontSize: 42,
        letterSpacing: 2,
      }),
    );
    const v = fittedText(
      fact.value,
      { maxWidth: column - 110, maxLines: 3, largest: 72, smallest: 44, bold: true },
      { x: fx + 50, top: factsTop + 60, bold: true, lineHeight: 1.1 },
    );
    parts.push(v.svg);
    if (english && enFact) {
      parts.push(
        fittedText(
          enFact.value,
          { maxWidth: column - 110, maxLines: 1, largest: 40, smallest: 30 },
          { x: fx + 50, top: v.bottom + 10, fill: THEME.muted },
        ).svg,
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
  parts.push(urlText(link.url, qrX, 90 + QR_SIDE + 70 + calls.length * 50 + 30, 40));

  return printDocument(PRINT_FORMATS.banner, W, H, target.title.bg, parts);
}
