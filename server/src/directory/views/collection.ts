import type { PageContext } from '../context.ts';
import { html } from '../html.ts';
import type { ServiceRecord } from '../kb.ts';
import { page } from './layout.ts';
import { serviceList } from './lists.ts';

export interface CollectionPage {
  kicker: string;
  title: string;
  description: string;
  listTitle: string;
  services: ServiceRecord[];
  altHref: string;
}

/** A category or a life event: a titled, described list of services. */
export function collectionPage(ctx: PageContext, c: CollectionPage) {
  const main = html`<div class="container">
    <span class="caption">${c.kicker}</span>
    <h1 class="page-title">${c.title}</h1>
    <p class="lead">${c.description}</p>
    <section class="section" aria-labelledby="services-title">
      <h2 class="section__title" id="services-title">
        ${c.listTitle}
        <span class="section__count">${ctx.t('list.services', { count: c.services.length })}</span>
      </h2>
      ${serviceList(ctx, c.services)}
    </section>
  </div>`;
  return page(ctx, { title: c.title, description: c.description, altHref: c.altHref, crumbs: [], main });
}
