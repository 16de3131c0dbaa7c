import type { PageContext } from '../context.ts';
import { html } from '../html.ts';
import type { KnowledgeBase } from '../kb.ts';
import { servicesInCategory } from '../select.ts';
import { page } from './layout.ts';

/** Every service, grouped by category: the A–Z a citizen (or a search engine) can always fall back on. */
export function allServicesPage(ctx: PageContext, kb: KnowledgeBase) {
  const { t, lang, paths } = ctx;
  const main = html`<div class="container">
    <h1 class="page-title">${t('allServices.title')}</h1>
    <p class="lead">${t('allServices.lead')}</p>
    ${kb.categories.map((c) => {
      const services = servicesInCategory(kb, c.slug, lang);
      return html`<section class="section" aria-labelledby="cat-${c.slug}">
        <h2 class="section__title" id="cat-${c.slug}">
          <a href="${paths.category(c.slug)}">${c.title[lang]}</a>
        </h2>
        <ul class="link-columns">
          ${services.map(
            (s) => html`<li><a href="${paths.service(s.slug)}">${s.guides[lang].title}</a></li>`,
          )}
        </ul>
      </section>`;
    })}
  </div>`;
  return page(ctx, { title: t('allServices.title'), altHref: ctx.altPaths.allServices, crumbs: [], main });
}
