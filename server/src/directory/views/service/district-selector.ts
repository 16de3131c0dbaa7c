import type { PageContext } from '../../context.ts';
import { compareTitles } from '../../format.ts';
import { html } from '../../html.ts';
import type { District, Guide, ServiceRecord } from '../../kb.ts';

type DistrictDetail = Guide['districts'][number];

/** Which districts the selector offers: all of them for a district-office service, else those with details. */
function candidates(guide: Guide, districts: District[]): District[] {
  if (guide.inPerson?.districtOffice) return districts;
  const withDetails = new Set(guide.districts.map((d) => d.district));
  return districts.filter((d) => withDetails.has(d.slug));
}

/** The guide's district-specific details win over the district's general contacts. */
function panelRows(ctx: PageContext, district: District, detail: DistrictDetail | undefined) {
  const { t, lang } = ctx;
  const unknown = html`<span class="unknown">${t('district.checkWithDistrict')}</span>`;
  const rows = [
    [t('districtSelector.where'), detail?.where ?? district.address[lang]],
    [t('districtSelector.hours'), detail?.hours ?? district.hours?.[lang] ?? unknown],
    [t('districtSelector.phone'), detail?.phone ?? district.phone ?? unknown],
  ] as const;
  return detail?.note ? [...rows, [t('districtSelector.note'), detail.note] as const] : rows;
}

/**
 * A plain GET form (works without JavaScript): choosing a district reloads the page with ?district=…
 * and shows where to go in that district. Rendered for district-office services and wherever the guide
 * has district-specific details.
 */
export function districtSelector(
  ctx: PageContext,
  service: ServiceRecord,
  districts: District[],
  selected: string | undefined,
) {
  const { t, lang, paths } = ctx;
  const guide = service.guides[lang];
  const compare = compareTitles(lang);
  const options = candidates(guide, districts).sort((a, b) => compare(a.name[lang], b.name[lang]));
  if (options.length === 0) return '';
  const chosen = selected ? options.find((d) => d.slug === selected) : undefined;
  const detail = chosen ? guide.districts.find((d) => d.district === chosen.slug) : undefined;
  const hint = guide.districts.length > 0 ? t('districtSelector.hint') : t('districtSelector.hintOffice');

  return html`<div class="district-selector" id="district-details">
    <h3 class="guide-section__subtitle">${t('districtSelector.title')}</h3>
    <form
      class="district-selector__form"
      action="${paths.service(service.slug)}#district-details"
      method="get"
    >
      <label class="label" for="district">${t('districtSelector.label')}</label>
      <p class="hint" id="district-hint">${hint}</p>
      <div class="district-selector__row">
        <select class="select" id="district" name="district" aria-describedby="district-hint">
          <option value="">${t('districtSelector.placeholder')}</option>
          ${options.map(
            (d) =>
              html`<option value="${d.slug}" ${d.slug === chosen?.slug ? 'selected' : ''}>
                ${d.name[lang]}
              </option>`,
          )}
        </select>
        <button class="button button--secondary" type="submit">${t('districtSelector.button')}</button>
      </div>
    </form>
    ${selected && !chosen ? html`<p class="error-message">${t('districtSelector.unknown')}</p>` : ''}
    ${
      chosen
        ? html`<div class="panel">
            <h4 class="panel__title">${t('districtSelector.detailsFor', { name: chosen.name[lang] })}</h4>
            <dl class="summary-list">
              ${panelRows(ctx, chosen, detail).map(
                ([label, value]) =>
                  html`<div class="summary-list__row">
                    <dt>${label}</dt>
                    <dd>${value}</dd>
                  </div>`,
              )}
            </dl>
            <p><a href="${paths.district(chosen.slug)}">${t('districtSelector.districtPage')}</a></p>
          </div>`
        : ''
    }
  </div>`;
}
