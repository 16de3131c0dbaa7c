import type { KioskLang } from '../../shared/kiosk-api.ts';
import type { Catalog, CategoryDto, DistrictDto, LifeEventDto, SearchHit, ServiceDetail, ServiceSummary } from './catalog.ts';

/** Thrown when the hub server cannot be reached (as opposed to answering "not found"). */
export class ServerUnreachable extends Error {}

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export function createApiCatalog(serverUrl: string, fetchImpl: Fetch, timeoutMs = 5000): Catalog {
  const get = async <T>(path: string): Promise<T | null> => {
    let res: Response;
    try {
      res = await fetchImpl(`${serverUrl}${path}`, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { Accept: 'application/json' },
        credentials: 'omit',
      });
    } catch {
      throw new ServerUnreachable(path);
    }
    if (res.status === 404) return null;
    if (!res.ok) throw new ServerUnreachable(`${path}: ${res.status}`);
    return (await res.json()) as T;
  };
  const must = async <T>(path: string): Promise<T> => {
    const body = await get<T>(path);
    if (body === null) throw new ServerUnreachable(`${path}: 404`);
    return body;
  };
  const qs = (params: Record<string, string | undefined>) =>
    new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();

  return {
    lifeEvents: async () => (await must<{ lifeEvents: LifeEventDto[] }>('/api/life-events')).lifeEvents,
    categories: async () => (await must<{ categories: CategoryDto[] }>('/api/categories')).categories,
    districts: async () => (await must<{ districts: DistrictDto[] }>('/api/districts')).districts,
    services: async (filter, lang) =>
      (
        await must<{ services: ServiceSummary[] }>(
          `/api/services?${qs({ lifeEvent: filter.lifeEvent, category: filter.category, lang })}`,
        )
      ).services,
    service: (slug, lang) => get<ServiceDetail>(`/api/services/${encodeURIComponent(slug)}?${qs({ lang })}`),
    search: async (query, lang: KioskLang) =>
      (await must<{ results: SearchHit[] }>(`/api/search?${qs({ q: query, lang, limit: '8' })}`)).results.map(
        (r) => ({ slug: r.slug, title: r.title, snippet: r.snippet }),
      ),
  };
}
