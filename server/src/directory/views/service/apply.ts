import type { PageContext } from '../../context.ts';
import { html } from '../../html.ts';
import type { District, Guide, ServiceRecord } from '../../kb.ts';
import { districtSelector } from './district-selector.ts';
import type { GuideSection } from './section.ts';

/** "Where to apply": online (through our counted redirect), in person, and district details where they differ. */
export function applySection(
  ctx: PageContext,
  service: ServiceRecord,
  districts: District[],
  selectedDistrict: string | undefined,
): GuideSection | undefined {
  const { t, paths } = ctx;
  const guide: Guide = service.guides[ctx.lang];
  if (!guide.online && !guide.inPerson && guide.districts.length === 0) return undefined;
  const online = guide.online
    ? html`<h3 class="guide-section__subtitle">${t('service.onlineTitle')}</h3>
        <p><a href="${paths.go(service.slug)}">${guide.online.label}</a></p>`
    : '';
  const inPerson = guide.inPerson
    ? html`<h3 class="guide-section__subtitle">${t('service.inPersonTitle')}</h3>
        <p>${guide.inPerson.where}</p>
        ${
          guide.inPerson.hours
            ? html`<dl class="summary-list">
                <div class="summary-list__row">
                  <dt>${t('service.hours')}</dt>
                  <dd>${guide.inPerson.hours}</dd>
                </div>
              </dl>`
            : ''
        }
        ${
          guide.inPerson.districtOffice
            ? html`<p>
                ${t('service.districtOffice')}
                <a href="${paths.districts}">${t('service.districtListLink')}</a>
              </p>`
            : ''
        }`
    : '';
  return {
    id: 'apply',
    title: t('service.applyTitle'),
    body: html`${online}${inPerson}${districtSelector(ctx, service, districts, selectedDistrict)}`,
  };
}
