import { html, type SafeHtml } from '../../html.ts';

/** One titled part of a guide; `id` is both the heading anchor and the contents link target. */
export interface GuideSection {
  id: string;
  title: string;
  body: SafeHtml;
}

export function renderSection(s: GuideSection) {
  return html`<section class="guide-section" id="${s.id}" aria-labelledby="${s.id}-title">
    <h2 class="guide-section__title" id="${s.id}-title">${s.title}</h2>
    ${s.body}
  </section>`;
}

export function contents(label: string, title: string, sections: GuideSection[]) {
  return html`<nav class="contents" aria-label="${label}">
    <h2 class="contents__title">${title}</h2>
    <ol class="contents__list">
      ${sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}
    </ol>
  </nav>`;
}
