import type { PageContext } from '../context.ts';
import { html } from '../html.ts';
import type { KnowledgeBase, SearchResponse, SearchResult } from '../kb.ts';
import { categoryCards, lifeEventCards } from './browse.ts';
import { page } from './layout.ts';
import { searchForm } from './search-form.ts';

function resultList(ctx: PageContext, results: SearchResult[]) {
  return html`<ul class="service-list">
    ${results.map(
      (r) =>
        html`<li class="service-list__item">
          <a class="service-list__link" href="${ctx.paths.service(r.slug)}">${r.title}</a>
          <p class="service-list__summary">${r.snippet}</p>
        </li>`,
    )}
  </ul>`;
}

function tips(ctx: PageContext) {
  const { t } = ctx;
  return html`<h2 class="section__title">${t('search.tipsTitle')}</h2>
    <ul class="bullets">
      <li>${t('search.tipSpelling')}</li>
      <li>${t('search.tipFewerWords')}</li>
      <li>${t('search.tipPlainWords')}</li>
    </ul>`;
}

function browse(ctx: PageContext, kb: KnowledgeBase) {
  const { t } = ctx;
  return html`<section class="section" aria-labelledby="browse-categories">
      <h2 class="section__title" id="browse-categories">${t('search.browseCategories')}</h2>
      ${categoryCards(ctx, kb)}
    </section>
    <section class="section" aria-labelledby="browse-life-events">
      <h2 class="section__title" id="browse-life-events">${t('search.browseLifeEvents')}</h2>
      ${lifeEventCards(ctx, kb)}
    </section>`;
}

function results(ctx: PageContext, kb: KnowledgeBase, response: SearchResponse) {
  const { t } = ctx;
  const query = response.query;
  if (response.match === 'none' || response.results.length === 0) {
    return html`<h2 class="results-title">${t('search.noneTitle', { query })}</h2>
      ${tips(ctx)}${browse(ctx, kb)}`;
  }
  if (response.match === 'weak') {
    return html`<p class="body">${t('search.weakIntro', { query })}</p>
      <section class="section" aria-labelledby="did-you-mean">
        <h2 class="section__title" id="did-you-mean">${t('search.didYouMean')}</h2>
        ${resultList(ctx, response.results)}
      </section>
      ${tips(ctx)}${browse(ctx, kb)}`;
  }
  const [first, ...rest] = response.results;
  const count = html`<p class="results-title" role="status">
    ${t('search.count', {
      count: response.results.length,
      query,
    })}
  </p>`;
  if (response.match === 'confident' && first) {
    return html`${count}
      <section class="section" aria-labelledby="best-match">
        <h2 class="section__title" id="best-match">${t('search.bestMatch')}</h2>
        ${resultList(ctx, [first])}
      </section>
      ${
        rest.length > 0
          ? html`<section class="section" aria-labelledby="other-results">
              <h2 class="section__title" id="other-results">${t('search.otherResults')}</h2>
              ${resultList(ctx, rest)}
            </section>`
          : ''
      }`;
  }
  return html`${count}${resultList(ctx, response.results)}`;
}

/** The search page; `response` is undefined when no query was given. */
export function searchPage(
  ctx: PageContext,
  kb: KnowledgeBase,
  query: string,
  response: SearchResponse | undefined,
) {
  const { t } = ctx;
  const main = html`<div class="container">
    <h1 class="page-title">${response ? t('search.resultsTitle') : t('search.title')}</h1>
    ${searchForm(ctx, { id: 'search-page', query, variant: 'page' })}
    ${
      response
        ? results(ctx, kb, response)
        : html`<p class="body">${t('search.emptyQuery')}</p>
            ${browse(ctx, kb)}`
    }
  </div>`;
  return page(ctx, {
    title: query ? `${query} – ${t('search.title')}` : t('search.title'),
    altHref: ctx.altPaths.search(query),
    hideHeaderSearch: true,
    main,
  });
}
