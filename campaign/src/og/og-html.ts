import type { Lang } from '@hub/knowledge';
import type { CampaignTarget } from '../content/target.ts';
import { translator } from '../i18n.ts';
import { THEME } from '../theme.ts';
import { escapeXml as esc } from '../util/escape.ts';

/** Open Graph images are 1200 × 630 (the size Facebook, LinkedIn and X crop to). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const STYLE = `
* { box-sizing: border-box; margin: 0; padding: 0 }
html, body { width: ${OG_WIDTH}px; height: ${OG_HEIGHT}px; overflow: hidden; font-family: ${THEME.font}; }
body { background: ${THEME.blue}; color: ${THEME.white}; position: relative; }
.brand { position: absolute; left: 64px; top: 44px; display: flex; align-items: center; gap: 18px; font-weight: 700;
  font-size: 26px; letter-spacing: 2px; text-transform: uppercase; }
.mark { width: 44px; height: 44px; border-radius: 8px; background: ${THEME.white}; position: relative; }
.mark::before, .mark::after { content: ''; position: absolute; left: 9px; width: 26px; height: 9px; }
.mark::before { top: 9px; background: ${THEME.blue}; } .mark::after { top: 26px; background: ${THEME.red}; }
.main { position: absolute; left: 64px; right: 64px; top: 120px; height: 280px; display: flex; flex-direction: column; justify-content: center; }
.kicker { align-self: flex-start; background: ${THEME.red}; font-weight: 700; font-size: 24px; padding: 6px 14px; }
h1 { font-size: 60px; line-height: 1.08; margin-top: 22px; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
h1.long { font-size: 48px; }
.facts { position: absolute; left: 0; right: 0; bottom: 14px; height: 200px; background: ${THEME.white}; color: ${THEME.ink};
  display: flex; padding: 34px 64px 0; gap: 40px; }
.fact { flex: 1; border-left: 8px solid ${THEME.blue}; padding-left: 18px; height: 130px; overflow: hidden; }
.fact dt { font-size: 20px; font-weight: 700; color: ${THEME.muted}; text-transform: uppercase; letter-spacing: 1px; }
.fact dd { font-size: 30px; font-weight: 700; margin-top: 8px; line-height: 1.15; }
.rule { position: absolute; left: 0; right: 0; bottom: 0; height: 14px; background: ${THEME.red}; }
`;

/** The card shown when a guide's link is shared: brand, title and the three key facts. */
export function ogHtml(target: CampaignTarget, lang: Lang): string {
  const t = translator(lang);
  const title = target.title[lang];
  const facts = target.facts[lang]
    .map((f) => `<dl class="fact"><dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd></dl>`)
    .join('');
  const kicker = target.kind === 'service' ? t('og.kicker') : target.kicker[lang];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<div class="brand"><span class="mark"></span>${esc(t('org.name'))}</div>
<div class="main"><span class="kicker">${esc(kicker)}</span><h1${title.length > 70 ? ' class="long"' : ''}>${esc(title)}</h1></div>
<div class="facts">${facts}</div><div class="rule"></div></body></html>`;
}
