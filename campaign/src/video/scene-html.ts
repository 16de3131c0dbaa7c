import type { Lang } from '@hub/knowledge';
import { qrPath } from '../print/qr.ts';
import { translator } from '../i18n.ts';
import { THEME } from '../theme.ts';
import { escapeXml as esc } from '../util/escape.ts';
import type { Scene } from './scenes.ts';

/** Scenes are laid out at 1920 × 1080 CSS pixels and screenshotted at that size. */
export const SCENE_WIDTH = 1920;
export const SCENE_HEIGHT = 1080;

const STYLE = `
* { box-sizing: border-box; margin: 0; padding: 0 }
html, body { width: ${SCENE_WIDTH}px; height: ${SCENE_HEIGHT}px; overflow: hidden; font-family: ${THEME.font}; }
body { position: relative; background: ${THEME.white}; color: ${THEME.ink}; }
.blue { background: ${THEME.blue}; color: ${THEME.white}; }
.brand { position: absolute; left: 120px; top: 70px; display: flex; align-items: center; gap: 28px; font-weight: 700;
  font-size: 40px; letter-spacing: 3px; text-transform: uppercase; }
.mark { width: 64px; height: 64px; border-radius: 12px; background: ${THEME.white}; position: relative; }
.mark::before, .mark::after { content: ''; position: absolute; left: 13px; width: 38px; height: 13px; }
.mark::before { top: 13px; background: ${THEME.blue}; } .mark::after { top: 38px; background: ${THEME.red}; }
.step-page .mark { background: ${THEME.blue}; } .step-page .mark::before { background: ${THEME.white}; }
.step-page .brand { color: ${THEME.blue}; }
.rule { position: absolute; left: 0; right: 0; bottom: 0; height: 24px; background: ${THEME.red}; }
.kicker { display: inline-block; background: ${THEME.red}; color: ${THEME.white}; font-weight: 700; font-size: 40px;
  padding: 10px 24px; letter-spacing: 1px; }
.main { position: absolute; left: 120px; right: 120px; top: 230px; bottom: 110px; display: flex; flex-direction: column; justify-content: center; }
h1 { font-size: 104px; line-height: 1.08; margin: 36px 0 40px; font-weight: 700; }
h1.long { font-size: 84px; }
p { font-size: 52px; line-height: 1.35; max-width: 1500px; }
.step-page h1 { font-size: 84px; }
.step-page .kicker { background: ${THEME.blue}; }
.number { position: absolute; right: 120px; top: 60px; width: 150px; height: 150px; border-radius: 50%;
  background: ${THEME.paleBlue}; color: ${THEME.blue}; font-size: 96px; font-weight: 700; display: flex; align-items: center; justify-content: center; }
.progress { position: absolute; left: 120px; right: 120px; bottom: 64px; display: flex; gap: 12px; }
.progress span { flex: 1; height: 14px; background: ${THEME.paleBlue}; }
.progress span.done { background: ${THEME.blue}; }
.links { display: flex; gap: 80px; align-items: center; margin-top: 20px; }
.links dl { flex: 1; }
.links dt { font-size: 40px; opacity: .85; margin-top: 28px; }
.links dd { font-size: 56px; font-weight: 700; word-break: break-all; }
.qr { background: ${THEME.white}; padding: 40px; width: 380px; height: 380px; }
body.compact h1, body.compact h1.long { font-size: 64px; margin: 24px 0 28px; }
body.compact p { font-size: 40px; }
.qr-caption { font-size: 30px; margin-top: 16px; width: 380px; }
`;

function page(body: string, className: string): string {
  return `<!doctype html><html lang="bg"><head><meta charset="utf-8"><style>${STYLE}</style></head><body class="${className}">${body}</body></html>`;
}

function brand(lang: Lang): string {
  return `<div class="brand"><span class="mark"></span>${esc(translator(lang)('org.name'))}</div>`;
}

function qrSvg(url: string): string {
  const qr = qrPath(url);
  return `<svg viewBox="0 0 ${qr.size} ${qr.size}" width="300" height="300" shape-rendering="crispEdges"><path d="${qr.d}" fill="${THEME.ink}"/></svg>`;
}

function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** One self-contained HTML page per scene (no network, fonts from the system). */
export function sceneHtml(scene: Scene, lang: Lang, totalSteps: number): string {
  const card = scene.card[lang];
  const titleClass = card.title.length > 60 ? ' class="long"' : '';
  if (scene.kind === 'step') {
    const progress = Array.from(
      { length: totalSteps },
      (_, i) => `<span${i < (scene.step ?? 0) ? ' class="done"' : ''}></span>`,
    ).join('');
    return page(
      `${brand(lang)}<div class="number">${scene.step}</div>
<div class="main"><div><span class="kicker">${esc(card.kicker)}</span></div><h1>${esc(card.title)}</h1><p>${esc(card.text ?? '')}</p></div>
<div class="progress">${progress}</div>`,
      'step-page',
    );
  }
  if (scene.kind === 'closing') {
    const links = (card.links ?? [])
      .map((l) => `<dt>${esc(l.label)}</dt><dd>${esc(displayUrl(l.url))}</dd>`)
      .join('');
    const guide = card.links?.at(-1)?.url;
    const qr = guide
      ? `<div><div class="qr">${qrSvg(guide)}</div><div class="qr-caption">${esc(translator(lang)('video.closing.qr'))}</div></div>`
      : '';
    return page(
      `${brand(lang)}<div class="main"><h1>${esc(card.title)}</h1><div class="links"><dl>${links}</dl>${qr}</div></div><div class="rule"></div>`,
      'blue',
    );
  }
  return page(
    `${brand(lang)}<div class="main"><div><span class="kicker">${esc(card.kicker)}</span></div><h1${titleClass}>${esc(card.title)}</h1><p>${esc(card.text ?? '')}</p></div><div class="rule"></div>`,
    'blue',
  );
}
