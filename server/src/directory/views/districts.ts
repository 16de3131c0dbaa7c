import type { PageContext } from '../context.ts';
import { compareTitles } from '../format.ts';
import { html, safeHref } from '../html.ts';
import type { District } from '../kb.ts';
import { page } from './layout.ts';
import { cardGrid } from './lists.ts';

export function districtListPage(ctx: PageContext, districts: District[]) {
  const { t, lang, paths } = ctx;
  const compare = compareTitles(lang);
  const sorted = [...districts].sort((a, b) => compare(a.name[lang], b.name[lang]));
  const main = html`<div class="container">
    <h1 class="page-title">${t('districts.title')}</h1>
    <p class="lead">${t('districts.lead')}</p>
    ${cardGrid(
      sorted.map((d) => ({
        href: paths.district(d.slug),
        title: d.name[lang],
        description: d.address[lang],
      })),
      2,
    )}
  </div>`;
  return page(ctx, { title: t('districts.title'), altHref: ctx.altPaths.districts, crumbs: [], main });
}

export function districtPage(ctx: PageContext, district: District) {
  const { t, lang, paths } = ctx;
  const unknown = html`<span class="unknown">${t('district.checkWithDistrict')}</span>`;
  const link = (href: string | null, text: string | null) =>
    href && text ? html`<a href="${safeHref(href)}">${text}</a>` : unknown;
  const rows = [
    [t('district.address'), html`${district.address[lang]}`],
    [t('district.hours'), district.hours ? html`${district.hours[lang]}` : unknown],
    [
      t('district.phone'),
      link(district.phone && `tel:${district.phone.replace(/[^\d+]/g, '')}`, district.phone),
    ],
    [t('district.email'), link(district.email && `mailto:${district.email}`, district.email)],
    [t('district.website'), link(district.website, district.website)],
  ] as const;
  const main = html`<div class="container">
    <span class="caption">${t('districts.kicker')}</span>
    <h1 class="page-title">${district.name[lang]}</h1>
    <section class="section" aria-labelledby="contacts-title">
      <h2 class="section__title" id="contacts-title">${t('district.contactsTitle')}</h2>
      <dl class="summary-list">
        ${rows.map(
          ([label, value]) =>
            html`<div class="summary-list__row">
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      <p class="meta">
        ${t('district.source')}: <a href="${safeHref(district.source)}">${district.source}</a>
      </p>
    </section>
  </div>`;
  return page(ctx, {
    title: district.name[lang],
    description: district.address[lang],
    altHref: ctx.altPaths.district(district.slug),
    crumbs: [{ label: t('district.allDistricts'), href: paths.districts }],
    main,
  });
}
