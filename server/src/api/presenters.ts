import type { ServiceRecord } from '@hub/knowledge';

/** Services a citizen can get in a district: district-run ones and those with details for that district. */
export function isAvailableInDistrict(record: ServiceRecord, district: string): boolean {
  const guide = record.guides.bg;
  return guide.provider.type === 'district' || guide.districts.some((d) => d.district === district);
}
