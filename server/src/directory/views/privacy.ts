import type { PrivacyNoticeFacts } from '../../privacy/notice-facts.ts';
import type { PageContext } from '../context.ts';
import { html } from '../html.ts';
import { page } from './layout.ts';

/**
 * The privacy notice: what is kept and for how long. Every period is quoted from the retention settings
 * the job runs with (PrivacyNoticeFacts), so the page cannot say something the job does not do.
 */
export function privacyPage(ctx: PageContext, facts: PrivacyNoticeFacts) {
  const { t } = ctx;
  const p = facts.policy;
  const period = (count: number) => t('privacy.period', { count });
  const rows = [
    [
      t('privacy.conversation'),
      t('privacy.conversationWhat'),
      t('privacy.conversationHow', { period: period(p.conversationDays) }),
    ],
    [
      t('privacy.identity'),
      t('privacy.identityWhat'),
      t('privacy.identityHow', { period: period(p.identityDays) }),
    ],
    [
      t('privacy.search'),
      t('privacy.searchWhat'),
      t('privacy.searchHow', { detail: period(p.analyticsDetailDays), total: period(p.analyticsDays) }),
    ],
    [
      t('privacy.feedback'),
      t('privacy.feedbackWhat'),
      t('privacy.feedbackHow', { detail: period(p.analyticsDetailDays), total: period(p.analyticsDays) }),
    ],
    [t('privacy.audit'), t('privacy.auditWhat'), t('privacy.auditHow', { period: period(p.auditDays) })],
    [
      t('privacy.browser'),
      t('privacy.browserWhat'),
      t('privacy.browserHow', { period: period(facts.citizenTokenDays) }),
    ],
  ] as const;
  const main = html`<div class="container">
    <h1 class="page-title">${t('privacy.title')}</h1>
    <p class="lead">${t('privacy.lead')}</p>
    <section class="section" aria-labelledby="privacy-controller">
      <h2 class="section__title" id="privacy-controller">${t('privacy.controllerTitle')}</h2>
      <p class="body">${t('privacy.controller')}</p>
    </section>
    <section class="section" aria-labelledby="privacy-kept">
      <h2 class="section__title" id="privacy-kept">${t('privacy.keptTitle')}</h2>
      <dl class="summary-list privacy-list">
        ${rows.map(
          ([title, what, howLong]) =>
            html`<div class="summary-list__row" data-privacy-row>
              <dt>${title}</dt>
              <dd>
                <p class="body"><span class="visually-hidden">${t('privacy.whatLabel')}: </span>${what}</p>
                <p class="body"><strong>${t('privacy.howLongLabel')}: ${howLong}</strong></p>
              </dd>
            </div>`,
        )}
      </dl>
      <p class="inset">${t('privacy.schedule', { minutes: facts.intervalMinutes })}</p>
    </section>
    <section class="section" aria-labelledby="privacy-never">
      <h2 class="section__title" id="privacy-never">${t('privacy.neverTitle')}</h2>
      <ul class="body">
        <li>${t('privacy.neverEgn')}</li>
        <li>${t('privacy.neverSaml')}</li>
        <li>${t('privacy.neverIp')}</li>
      </ul>
    </section>
    <section class="section" aria-labelledby="privacy-rights">
      <h2 class="section__title" id="privacy-rights">${t('privacy.rightsTitle')}</h2>
      <p class="body">${t('privacy.rightsChat')}</p>
      <p class="body">${t('privacy.rightsOther')}</p>
    </section>
  </div>`;
  return page(ctx, {
    title: t('privacy.title'),
    description: t('privacy.description'),
    altHref: ctx.altPaths.privacy,
    crumbs: [],
    main,
  });
}
