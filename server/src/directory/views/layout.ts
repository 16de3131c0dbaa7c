import { favicon, stylesheets } from '../assets.ts';
import type { PageContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { otherLang } from '../paths.ts';
import { breadcrumbs, type Crumb } from './breadcrumbs.ts';
import { icons } from './icons.ts';
import { searchForm } from './search-form.ts';

export interface PageOptions {
  /** Page title without the site suffix; the home page passes none. */
  title?: string;
  description?: string;
  /** The same page in the other language. */
  altHref: string;
  crumbs?: Crumb[];
  /** Pages that already have a prominent search box hide the one in the header. */
  hideHeaderSearch?: boolean;
  main: SafeHtml;
  /** Open Graph card for sharing: absolute URLs of the page and its image. */
  social?: { url: string; image: string };
}

/** og:/twitter: tags so a shared link shows the guide's card (see server/src/campaign). */
function socialMeta(lang: string, siteName: string, options: PageOptions) {
  const s = options.social;
  if (!s) return '';
  return html`<meta property="og:type" content="website" />
    <meta property="og:site_name" content="${siteName}" />
    <meta property="og:title" content="${options.title ?? siteName}" />
    ${options.description ? html`<meta property="og:description" content="${options.description}" />` : ''}
    <meta property="og:url" content="${s.url}" />
    <meta property="og:image" content="${s.image}" />
    <meta property="og:image:width" content="1200" />
    <meta property="og:image:height" content="630" />
    <meta property="og:locale" content="${lang === 'en' ? 'en_GB' : 'bg_BG'}" />
    <meta name="twitter:card" content="summary_large_image" />`;
}

export function page(ctx: PageContext, options: PageOptions): SafeHtml {
  const { t, lang, paths } = ctx;
  const alt = otherLang(lang);
  const title = options.title ? `${options.title} – ${t('site.titleSuffix')}` : t('site.name');
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        ${options.description ? html`<meta name="description" content="${options.description}" />` : ''}
        <meta name="theme-color" content="#0b3a66" />
        <link rel="icon" href="${favicon.url}" type="image/svg+xml" />
        <link rel="stylesheet" href="${stylesheets.site.url}" />
        <link rel="stylesheet" href="${stylesheets.print.url}" media="print" />
        <link rel="alternate" hreflang="${alt}" href="${options.altHref}" />
        ${socialMeta(lang, t('site.name'), options)}
      </head>
      <body>
        <a class="skip-link" href="#main">${t('site.skipLink')}</a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-header__brand" href="${paths.home}"
              >${icons.crest}<span>${t('site.name')}</span></a
            >
            <a class="site-header__lang" href="${options.altHref}" lang="${alt}" hreflang="${alt}"
              >${t('site.otherLanguage')}</a
            >
          </div>
          <nav class="site-nav" aria-label="${t('site.navLabel')}">
            <div class="container site-nav__inner">
              <ul class="site-nav__list">
                <li><a href="${paths.allServices}">${t('site.navAllServices')}</a></li>
                <li><a href="${paths.districts}">${t('site.navDistricts')}</a></li>
              </ul>
              ${options.hideHeaderSearch ? '' : searchForm(ctx, { id: 'header-search', variant: 'compact' })}
            </div>
          </nav>
          <div class="phase-banner">
            <p class="container phase-banner__text">
              <strong class="tag">${t('site.betaTag')}</strong> <span>${t('site.betaText')}</span>
            </p>
          </div>
        </header>
        ${options.crumbs ? html`<div class="container">${breadcrumbs(ctx, options.crumbs)}</div>` : ''}
        <main id="main" class="main" tabindex="-1">${options.main}</main>
        <div id="chat-widget-slot" class="chat-widget-slot" data-slot="chat-widget">
          <script src="/apps/widget/widget.js" data-lang="${lang}" defer></script>
        </div>
        <footer class="site-footer" aria-label="${t('footer.label')}">
          <div class="container site-footer__inner">
            <div class="site-footer__about">
              <p>${t('footer.about')}</p>
              <p>${t('footer.check')}</p>
            </div>
            <div>
              <h2 class="site-footer__title">${t('footer.linksTitle')}</h2>
              <ul class="site-footer__links">
                <li><a href="${paths.allServices}">${t('site.navAllServices')}</a></li>
                <li><a href="${paths.districts}">${t('site.navDistricts')}</a></li>
                <li><a href="${paths.privacy}">${t('footer.privacy')}</a></li>
                <li>
                  <a href="${options.altHref}" lang="${alt}" hreflang="${alt}">${t('site.otherLanguage')}</a>
                </li>
              </ul>
            </div>
          </div>
          <div class="container site-footer__meta"><p>${t('footer.copyright')}</p></div>
        </footer>
      </body>
    </html> `;
}
