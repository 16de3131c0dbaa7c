import { describe, expect, it } from 'vitest';
import type { DistrictDto, ServiceDetail } from './data/catalog.ts';
import { formatEur, guideUrl, hostAllowed, whereHere } from './guide-facts.ts';

const district: DistrictDto = {
  slug: 'sredets',
  name: { bg: 'Средец', en: 'Sredets' },
  address: { bg: 'ул. „Леге“ 6', en: '6 Lege St' },
  hours: null,
  phone: '02 123',
  email: null,
  website: null,
  source: 'https://www.sofia.bg',
};
const base = {
  districtDetails: [],
  inPerson: { where: 'ЦАО на района', districtOffice: true },
} as unknown as ServiceDetail;

describe('guide facts for the kiosk', () => {
  it('prefers the district-specific details of the kiosk district', () => {
    const guide = {
      ...base,
      districtDetails: [{ district: 'sredets', where: 'Гише 3', hours: '9–17' }],
    } as ServiceDetail;
    expect(whereHere(guide, district, 'bg')).toMatchObject({
      kind: 'here',
      where: 'Гише 3',
      hours: '9–17',
      office: 'Средец — ул. „Леге“ 6',
    });
  });

  it('says when a service is not in this building or online only', () => {
    expect(
      whereHere(
        { ...base, inPerson: { where: 'НАП', districtOffice: false } } as ServiceDetail,
        district,
        'bg',
      ).kind,
    ).toBe('elsewhere');
    expect(whereHere({ ...base, inPerson: null } as ServiceDetail, district, 'bg').kind).toBe('online');
  });

  it('formats euros and builds the phone link with the district', () => {
    expect(formatEur(2.56, 'en')).toBe('€2.56');
    expect(formatEur(2.56, 'bg')).toMatch(/2,56\s€/);
    expect(guideUrl('https://hub', 'heirs-certificate', 'en', 'sredets')).toBe(
      'https://hub/en/services/heirs-certificate?district=sredets',
    );
  });

  it('opens e-services only on allowed https hosts', () => {
    expect(hostAllowed('https://usl.sofia.bg/ePortal', ['usl.sofia.bg'])).toBe(true);
    expect(hostAllowed('https://eauth.egov.bg/', ['*.egov.bg'])).toBe(true);
    expect(hostAllowed('http://usl.sofia.bg/', ['usl.sofia.bg'])).toBe(false);
    expect(hostAllowed('https://evil.bg/', ['usl.sofia.bg'])).toBe(false);
  });
});
