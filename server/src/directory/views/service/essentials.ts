import type { PageContext } from '../../context.ts';
import { formatEuro } from '../../format.ts';
import { html } from '../../html.ts';
import type { Guide } from '../../kb.ts';
import type { GuideSection } from './section.ts';

/** "What you need", "How to apply", "Fees" and "How long it takes": each only when the guide has it. */
export function essentialSections(ctx: PageContext, guide: Guide): GuideSection[] {
  const { t } = ctx;
  const sections: GuideSection[] = [];
  if (guide.documents.length > 0) {
    sections.push({
      id: 'documents',
      title: t('service.documentsTitle'),
      body: html`<ul class="bullets">
        ${guide.documents.map((d) => html`<li>${d}</li>`)}
      </ul>`,
    });
  }
  if (guide.steps.length > 0) {
    sections.push({
      id: 'steps',
      title: t('service.stepsTitle'),
      body: html`<ol class="steps">
        ${guide.steps.map(
          (s) =>
            html`<li class="steps__item">
              <h3 class="steps__title">${s.title}</h3>
              <p>${s.text}</p>
            </li>`,
        )}
      </ol>`,
    });
  }
  if (guide.fees.length > 0 || guide.feeNote) {
    sections.push({ id: 'fees', title: t('service.feesTitle'), body: feesBody(ctx, guide) });
  }
  const d = guide.deadlines;
  if (d.regular || d.fast || d.express || d.note) {
    const rows = (['regular', 'fast', 'express'] as const).filter((tier) => d[tier]);
    sections.push({
      id: 'deadlines',
      title: t('service.deadlinesTitle'),
      body: html`${
        rows.length > 0
          ? html`<dl class="summary-list">
              ${rows.map(
                (tier) =>
                  html`<div class="summary-list__row">
                    <dt>${t(`deadlines.${tier}`)}</dt>
                    <dd>${d[tier]}</dd>
                  </div>`,
              )}
            </dl>`
          : ''
      }
      ${d.note ? html`<p class="inset">${d.note}</p>` : ''}`,
    });
  }
  return sections;
}

function feesBody(ctx: PageContext, guide: Guide) {
  const { t, lang } = ctx;
  const table =
    guide.fees.length > 0
      ? html`<table class="table">
          <caption class="visually-hidden">
            ${t('service.feesCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('service.feeColumn')}</th>
              <th scope="col">${t('service.tierColumn')}</th>
              <th scope="col" class="table__num">${t('service.amountColumn')}</th>
            </tr>
          </thead>
          <tbody>
            ${guide.fees.map(
              (f) =>
                html`<tr>
                  <th scope="row">${f.label}</th>
                  <td><span class="tag tag--${f.tier}">${t(`fees.tier.${f.tier}`)}</span></td>
                  <td class="table__num">${f.eur === 0 ? t('service.free') : formatEuro(f.eur, lang)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
      : '';
  return html`${table}${guide.feeNote ? html`<p class="inset">${guide.feeNote}</p>` : ''}`;
}
