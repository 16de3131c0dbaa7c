import type { DistrictDto, ServiceDetail } from './data/catalog.ts';
import { localeOf } from './i18n.ts';
import type { KioskLang } from '../shared/kiosk-api.ts';

export interface WhereHere {
  /** Provided in this building (the kiosk district's office), elsewhere, or online only. */
  kind: 'here' | 'elsewhere' | 'online';
  where?: string;
  hours?: string;
  phone?: string;
  note?: string;
  office?: string;
}

/** Where the visitor goes for this service, from the point of view of the kiosk's district. */
export function whereHere(
  guide: ServiceDetail,
  district: DistrictDto | undefined,
  lang: KioskLang,
): WhereHere {
  const local = guide.districtDetails.find((d) => d.district === district?.slug);
  const office = district ? `${district.name[lang]} — ${district.address[lang]}` : undefined;
  if (!guide.inPerson) return { kind: 'online' };
  if (!guide.inPerson.districtOffice && !local)
    return { kind: 'elsewhere', where: guide.inPerson.where, hours: guide.inPerson.hours };
  return {
    kind: 'here',
    where: local?.where ?? guide.inPerson.where,
    hours: local?.hours ?? guide.inPerson.hours ?? district?.hours?.[lang] ?? undefined,
    phone: local?.phone ?? district?.phone ?? undefined,
    note: local?.note,
    office,
  };
}

export function formatEur(amount: number, lang: KioskLang): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'EUR' }).format(amount);
}

/** The hub's page for this guide (district-aware), for the QR code. */
export function guideUrl(serverUrl: string, slug: string, lang: KioskLang, district: string): string {
  return `${serverUrl}${lang === 'en' ? '/en' : ''}/services/${encodeURIComponent(slug)}?district=${encodeURIComponent(district)}`;
}

export function hostAllowed(url: string, hosts: readonly string[]): boolean {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return false;
    host = u.hostname;
  } catch {
    return false;
  }
  return hosts.some((p) =>
    p.startsWith('*.') ? host === p.slice(2) || host.endsWith(p.slice(1)) : host === p,
  );
}

/** Plain text of the guide for reading aloud. */
export function speechText(guide: ServiceDetail): string {
  return [
    guide.title,
    guide.summary,
    ...guide.documents,
    ...guide.steps.map((s, i) => `${i + 1}. ${s.title}. ${s.text}`),
  ].join('\n');
}

/** The hub's privacy notice (the directory's /privacy page) in the visitor's language. */
export function privacyNoticeUrl(serverUrl: string, lang: KioskLang): string {
  return `${serverUrl}${lang === 'en' ? '/en' : ''}/privacy`;
}
