import type {
  categoryDtoSchema,
  districtDtoSchema,
  lifeEventDtoSchema,
  ServiceDetail,
  ServiceSummary,
} from '@hub/contract';
import type { z } from 'zod';
import type { KioskLang } from '../../shared/kiosk-api.ts';

export type LifeEventDto = z.infer<typeof lifeEventDtoSchema>;
export type CategoryDto = z.infer<typeof categoryDtoSchema>;
export type DistrictDto = z.infer<typeof districtDtoSchema>;
export type { ServiceDetail, ServiceSummary };

export interface SearchHit {
  slug: string;
  title: string;
  snippet: string;
}

export interface ServiceFilter {
  lifeEvent?: string;
  category?: string;
}

/** What the screens read: the hub server's API when online, the device's snapshot when not. */
export interface Catalog {
  lifeEvents(): Promise<LifeEventDto[]>;
  categories(): Promise<CategoryDto[]>;
  districts(): Promise<DistrictDto[]>;
  services(filter: ServiceFilter, lang: KioskLang): Promise<ServiceSummary[]>;
  /** null when there is no such service. */
  service(slug: string, lang: KioskLang): Promise<ServiceDetail | null>;
  search(query: string, lang: KioskLang): Promise<SearchHit[]>;
}
