import type { PageContext } from '../context.ts';
import { html } from '../html.ts';
import type { ServiceRecord } from '../kb.ts';

/** A list of services: linked title and one-line summary. */
export function serviceList(ctx: PageContext, services: ServiceRecord[]) {
  if (services.length === 0) return html`<p class="body">${ctx.t('list.empty')}</p>`;
  return html`<ul class="service-list">
    ${services.map((s) => {
      const guide = s.guides[ctx.lang];
      return html`<li class="service-list__item">
        <a class="service-list__link" href="${ctx.paths.service(s.slug)}">${guide.title}</a>
        <p class="service-list__summary">${guide.summary}</p>
      </li>`;
    })}
  </ul>`;
}

export interface Card {
  href: string;
  title: string;
  description?: string;
  meta?: string;
}

/** A grid of linked cards (categories, life events, districts); headings sit one level under the section's h2. */
export function cardGrid(cards: Card[], headingLevel: 2 | 3 = 3) {
  const h = (card: Card) =>
    headingLevel === 2
      ? html`<h2 class="card__title"><a class="card__link" href="${card.href}">${card.title}</a></h2>`
      : html`<h3 class="card__title"><a class="card__link" href="${card.href}">${card.title}</a></h3>`;
  return html`<ul class="card-grid">
    ${cards.map(
      (card) =>
        html`<li class="card">
          ${h(card)} ${card.description ? html`<p class="card__text">${card.description}</p>` : ''}
          ${card.meta ? html`<p class="card__meta">${card.meta}</p>` : ''}
        </li>`,
    )}
  </ul>`;
}
