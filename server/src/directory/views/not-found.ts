import type { PageContext } from '../context.ts';
import { html } from '../html.ts';
import { page } from './layout.ts';
import { searchForm } from './search-form.ts';

export function notFoundPage(ctx: PageContext) {
  const { t, paths } = ctx;
  const main = html`<div class="container">
    <h1 class="page-title">${t('notFound.title')}</h1>
    <p class="body">${t('notFound.text')}</p>
    <p class="body">${t('notFound.searchIntro')}</p>
    ${searchForm(ctx, { id: 'not-found-search', variant: 'page' })}
    <p class="section"><a href="${paths.home}">${t('notFound.home')}</a></p>
  </div>`;
  return page(ctx, { title: t('notFound.title'), altHref: ctx.altPaths.home, hideHeaderSearch: true, main });
}
