import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { prettySlug } from './format.ts';

export interface Names {
  service(slug: string | null | undefined): string;
  district(slug: string | null | undefined): string;
  category(slug: string): string;
}

const fallback: Names = {
  service: (s) => prettySlug(s),
  district: (s) => prettySlug(s),
  category: prettySlug,
};
export const NamesContext = createContext<Names>(fallback);
export const useNames = () => useContext(NamesContext);

type Bilingual = { bg: string; en: string };
const getJson = <T>(url: string) => fetch(url).then((r) => r.json() as Promise<T>);

/** Service titles, district and category names in the UI language, loaded once from the public catalog API. */
export function useLoadNames(lang: 'bg' | 'en'): Names {
  const [names, setNames] = useState<Names>(fallback);
  useEffect(() => {
    let live = true;
    void Promise.all([
      getJson<{ services: { slug: string; title: string }[] }>(`/api/services?lang=${lang}`),
      getJson<{ districts: { slug: string; name: Bilingual }[] }>(`/api/districts?lang=${lang}`),
      getJson<{ categories: { slug: string; title: Bilingual }[] }>(`/api/categories?lang=${lang}`),
    ]).then(
      ([services, districts, categories]) => {
        if (!live) return;
        const s = new Map(services.services.map((x) => [x.slug, x.title]));
        const d = new Map(districts.districts.map((x) => [x.slug, x.name[lang]]));
        const c = new Map(categories.categories.map((x) => [x.slug, x.title[lang]]));
        setNames({
          service: (slug) => (slug ? (s.get(slug) ?? prettySlug(slug)) : ''),
          district: (slug) => {
            const key = slug?.replace(/^district:/, '');
            return key ? (d.get(key) ?? prettySlug(key)) : '';
          },
          category: (slug) => c.get(slug) ?? prettySlug(slug),
        });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return names;
}
