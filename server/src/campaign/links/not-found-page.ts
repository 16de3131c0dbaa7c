import type { Request, Response } from 'express';
import { pageContext } from '../../directory/context.ts';
import { html } from '../../directory/html.ts';
import { page } from '../../directory/views/layout.ts';
import { searchForm } from '../../directory/views/search-form.ts';
import { campaignT } from '../i18n.ts';

/** A calm page for a code nobody knows, in the reader's language (Accept-Language), with a way on. */
export function sendUnknownLink(req: Request, res: Response): void {
  const lang = req.acceptsLanguages('bg', 'en') === 'en' ? 'en' : 'bg';
  const ctx = pageContext(lang);
  const t = campaignT(lang);
  const main = html`<div class="container">
    <h1 class="page-title">${t('shortLink.notFoundTitle')}</h1>
    <p class="body">${t('shortLink.notFoundText')}</p>
    <p class="body">${t('shortLink.notFoundHelp')}</p>
    ${searchForm(ctx, { id: 'short-link-search', variant: 'page' })}
    <ul class="section">
      <li><a href="${ctx.paths.home}">${t('shortLink.home')}</a></li>
      <li><a href="${ctx.paths.allServices}">${t('shortLink.allServices')}</a></li>
    </ul>
  </div>`;
  const body = page(ctx, {
    title: t('shortLink.notFoundTitle'),
    altHref: ctx.altPaths.home,
    hideHeaderSearch: true,
    main,
  });
  res
    .status(404)
    .set({ 'Content-Language': lang, 'Cache-Control': 'no-store' })
    .type('html')
    .send(body.value);
}
