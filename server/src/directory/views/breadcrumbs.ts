import type { PageContext } from '../context.ts';
import { html } from '../html.ts';

export interface Crumb {
  label: string;
  href: string;
}

/** Home is always first; the current page is not repeated (its h1 says where you are). */
export function breadcrumbs(ctx: PageContext, crumbs: Crumb[]) {
  const all = [{ label: ctx.t('breadcrumbs.home'), href: ctx.paths.home }, ...crumbs];
  return html`<nav class="breadcrumbs" aria-label="${ctx.t('breadcrumbs.label')}">
    <ol>
      ${all.map((c) => html`<li><a href="${c.href}">${c.label}</a></li>`)}
    </ol>
  </nav>`;
}
