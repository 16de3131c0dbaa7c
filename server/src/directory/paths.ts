import type { Lang } from './kb.ts';

/** Every directory URL in one place. Bulgarian pages live at the root, English ones under /en. */
export interface Paths {
  home: string;
  category(slug: string): string;
  lifeEvent(slug: string): string;
  allServices: string;
  service(slug: string, district?: string): string;
  districts: string;
  district(slug: string): string;
  search(query?: string): string;
  go(slug: string): string;
  privacy: string;
}

const seg = encodeURIComponent;

export function pathsFor(lang: Lang): Paths {
  const p = lang === 'en' ? '/en' : '';
  return {
    home: p || '/',
    category: (slug) => `${p}/categories/${seg(slug)}`,
    lifeEvent: (slug) => `${p}/life-events/${seg(slug)}`,
    allServices: `${p}/services`,
    service: (slug, district) =>
      `${p}/services/${seg(slug)}${district ? `?district=${seg(district)}#district-details` : ''}`,
    districts: `${p}/districts`,
    district: (slug) => `${p}/districts/${seg(slug)}`,
    search: (query) => `${p}/search${query ? `?q=${seg(query)}` : ''}`,
    go: (slug) => `${p}/go/${seg(slug)}`,
    privacy: `${p}/privacy`,
  };
}

export function otherLang(lang: Lang): Lang {
  return lang === 'bg' ? 'en' : 'bg';
}

/** Which language a request path belongs to (used where no route has decided, e.g. the 404 page). */
export function langOfPath(path: string): Lang {
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'bg';
}

/** Video and caption files of a guide (served by whoever serves knowledge media; see the directory README). */
export function mediaPath(slug: string, file: string): string {
  return `/media/services/${seg(slug)}/${seg(file)}`;
}
