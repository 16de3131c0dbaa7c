import type { PageContext } from '../context.ts';
import { html } from '../html.ts';
import type { KnowledgeBase } from '../kb.ts';
import type { HomeServices } from '../select.ts';
import { page } from './layout.ts';
import { categoryCards, lifeEventCards } from './browse.ts';
import { searchForm } from './search-form.ts';

export function homePage(ctx: PageContext, kb: KnowledgeBase, popular: HomeServices) {
  const { t, paths, lang } = ctx;
  const popularTitle = popular.source === 'measured' ? t('home.popularTitle') : t('home.commonTitle');
  const main = html` <div class="hero">
      <div class="container">
        <h1 class="hero__title">${t('home.title')}</h1>
        <p class="hero__lead">${t('home.lead')}</p>
        ${searchForm(ctx, { id: 'home-search', variant: 'hero' })}
      </div>
    </div>
    <div class="container">
      ${
        popular.services.length > 0
          ? html`<section class="section" aria-labelledby="popular-title">
              <h2 class="section__title" id="popular-title">${popularTitle}</h2>
              ${popular.source === 'common' ? html`<p class="section__note">${t('home.commonNote')}</p>` : ''}
              <ul class="link-columns">
                ${popular.services.map(
                  (s) => html`<li><a href="${paths.service(s.slug)}">${s.guides[lang].title}</a></li>`,
                )}
              </ul>
            </section>`
          : ''
      }
      <section class="section" aria-labelledby="categories-title">
        <h2 class="section__title" id="categories-title">${t('home.categoriesTitle')}</h2>
        ${categoryCards(ctx, kb)}
      </section>
      <section class="section" aria-labelledby="life-events-title">
        <h2 class="section__title" id="life-events-title">${t('home.lifeEventsTitle')}</h2>
        <p class="section__note">${t('home.lifeEventsLead')}</p>
        ${lifeEventCards(ctx, kb)}
      </section>
      <p class="section"><a class="more-link" href="${paths.allServices}">${t('home.allServices')}</a></p>
    </div>`;
  return page(ctx, {
    description: t('home.lead'),
    altHref: ctx.altPaths.home,
    hideHeaderSearch: true,
    main,
  });
}
