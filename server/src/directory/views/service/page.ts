import type { PageContext } from '../../context.ts';
import { formatDate, hostOf } from '../../format.ts';
import { html } from '../../html.ts';
import type { DirectoryMedia } from '../../deps.ts';
import type { Guide, KnowledgeBase, ServiceRecord } from '../../kb.ts';
import { servicesBySlugs } from '../../select.ts';
import { icons } from '../icons.ts';
import { page } from '../layout.ts';
import { applySection } from './apply.ts';
import { essentialSections } from './essentials.ts';
import { followUpSections, sourcesSection } from './follow-up.ts';
import { contents, renderSection } from './section.ts';

/** The green button to the e-service (through the counted redirect) and what the citizen needs to log in. */
function startOnline(ctx: PageContext, service: ServiceRecord, guide: Guide) {
  const { t, paths } = ctx;
  if (!guide.online) return html`<p class="inset">${t('service.noOnline')}</p>`;
  return html`<div class="start">
    <a class="button button--start" href="${paths.go(service.slug)}"
      >${t('service.startOnline')}${icons.arrow}</a
    >
    <p class="hint">${t('service.startOnlineHint', { host: hostOf(guide.online.url) })}</p>
    <div class="inset">
      <p><strong>${t('service.eauthTitle')}:</strong> ${t(`eauth.${guide.online.eauth}`)}</p>
      ${guide.online.note ? html`<p>${guide.online.note}</p>` : ''}
    </div>
  </div>`;
}

function servedVideo(slug: string, media: { deps: DirectoryMedia; startSeconds?: number } | undefined) {
  const video = media?.deps.video(slug);
  return video ? { video, ...(media?.startSeconds ? { startSeconds: media.startSeconds } : {}) } : undefined;
}

/** One service: the guide, or for directory-depth services the shorter "where to apply" page. */
export function servicePage(
  ctx: PageContext,
  kb: KnowledgeBase,
  service: ServiceRecord,
  district?: string,
  media?: { deps: DirectoryMedia; startSeconds?: number },
) {
  const { t, lang, paths } = ctx;
  const guide = service.guides[lang];
  const category = kb.categories.find((c) => c.slug === service.category);
  const related = servicesBySlugs(kb, guide.related).filter((s) => s.slug !== service.slug);
  const apply = applySection(ctx, service, kb.districts, district);
  const sections = [
    ...essentialSections(ctx, guide),
    ...(apply ? [apply] : []),
    ...followUpSections(ctx, guide, servedVideo(service.slug, media)),
    sourcesSection(ctx, guide),
  ];
  const showContents = sections.length > 3;

  const main = html`<div class="container guide-layout">
    <div class="guide-layout__head">
      <h1 class="page-title">${guide.title}</h1>
      <p class="lead">${guide.summary}</p>
      ${startOnline(ctx, service, guide)}
      ${service.depth === 'directory' ? html`<p class="notice">${t('service.directoryNote')}</p>` : ''}
    </div>
    ${
      showContents
        ? html`<div class="guide-layout__contents">
            ${contents(t('service.contentsLabel'), t('service.contentsTitle'), sections)}
          </div>`
        : ''
    }
    <div class="guide-layout__body">
      ${sections.map(renderSection)}
      <p class="meta">
        ${t('service.provider', { name: guide.provider.name })}<br />
        ${t('service.lastReviewed', { date: formatDate(guide.lastReviewed, lang) })}
      </p>
    </div>
    ${
      related.length > 0
        ? html`<aside class="guide-layout__related related" aria-labelledby="related-title">
            <h2 class="related__title" id="related-title">${t('service.relatedTitle')}</h2>
            <ul class="related__list">
              ${related.map(
                (s) => html`<li><a href="${paths.service(s.slug)}">${s.guides[lang].title}</a></li>`,
              )}
            </ul>
          </aside>`
        : ''
    }
  </div>`;

  return page(ctx, {
    title: guide.title,
    description: guide.summary,
    altHref: ctx.altPaths.service(service.slug, district),
    crumbs: category ? [{ label: category.title[lang], href: paths.category(category.slug) }] : [],
    main,
    ...(media
      ? {
          social: {
            url: `${media.deps.origin}${paths.service(service.slug)}`,
            image: `${media.deps.origin}${media.deps.ogImage(service.slug, lang)}`,
          },
        }
      : {}),
  });
}
