import type { PageContext } from '../context.ts';
import { html } from '../html.ts';
import { icons } from './icons.ts';

export interface SearchFormOptions {
  /** Unique per page: it ties the label and hint to the input. */
  id: string;
  query?: string;
  variant: 'hero' | 'page' | 'compact';
}

export const MAX_QUERY_LENGTH = 200;

export function searchForm(ctx: PageContext, { id, query, variant }: SearchFormOptions) {
  const { t, paths } = ctx;
  // The hint helps before the first search; on a results page it is noise.
  const showHint = variant !== 'compact' && !query;
  return html`<form
    class="search search--${variant}"
    action="${paths.search()}"
    method="get"
    role="search"
    aria-label="${t('search.label')}"
  >
    <label class="search__label${variant === 'compact' ? ' visually-hidden' : ''}" for="${id}"
      >${t('search.label')}</label
    >
    ${showHint ? html`<p class="search__hint" id="${id}-hint">${t('search.hint')}</p>` : ''}
    <div class="search__row">
      <input
        class="search__input"
        id="${id}"
        name="q"
        type="search"
        value="${query ?? ''}"
        maxlength="${MAX_QUERY_LENGTH}"
        autocomplete="off"
        spellcheck="false"
        ${variant === 'compact' ? html`placeholder="${t('search.label')}"` : ''}
        ${showHint ? html`aria-describedby="${id}-hint"` : ''}
      />
      <button class="search__button" type="submit">
        ${icons.search}<span class="search__button-text${variant === 'compact' ? ' visually-hidden' : ''}"
          >${t('search.button')}</span
        >
      </button>
    </div>
  </form>`;
}
