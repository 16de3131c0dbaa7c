import type { District, Guide, Lang } from '@hub/knowledge';
import type { Translate } from '../i18n/i18n.ts';

/** A guide differs by district when it lists district details or is handled at the district administration. */
export function isDistrictDependent(guide: Guide): boolean {
  return guide.districts.length > 0 || !!guide.inPerson?.districtOffice;
}

/** Where to go: the citizen's district office when known, otherwise the guide's general "in person" text. */
export function whereLines(guide: Guide, lang: Lang, t: Translate, district?: District): string[] {
  const lines: string[] = [];
  if (district && isDistrictDependent(guide)) {
    const detail = guide.districts.find((d) => d.district === district.slug);
    lines.push(
      t('where.district', { district: district.name[lang], where: detail?.where ?? district.address[lang] }),
    );
    const hours = detail?.hours ?? district.hours?.[lang];
    if (hours) lines.push(t('where.hours', { hours }));
    const phone = detail?.phone ?? district.phone;
    if (phone) lines.push(t('where.phone', { phone }));
    if (detail?.note) lines.push(detail.note);
  } else if (guide.inPerson) {
    lines.push(t('where.inPerson', { where: guide.inPerson.where }));
    if (guide.inPerson.hours) lines.push(t('where.hours', { hours: guide.inPerson.hours }));
  }
  if (guide.online) lines.push(t('where.online', { url: guide.online.url }));
  return lines;
}
