import type { Lang } from '@hub/knowledge';

/** The directory page of a guide (same paths as server/src/directory/paths.ts). */
export function guideUrl(base: string, slug: string, lang: Lang, district?: string): string {
  const prefix = lang === 'en' ? '/en' : '';
  const query = district ? `?district=${encodeURIComponent(district)}#district-details` : '';
  return `${base}${prefix}/services/${encodeURIComponent(slug)}${query}`;
}

/** The how-to video plays on the guide page in its "video" section. */
export function videoUrl(base: string, slug: string, lang: Lang): string {
  return `${guideUrl(base, slug, lang)}#video`;
}
