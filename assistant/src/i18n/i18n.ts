import i18next, { type TFunction } from 'i18next';
import type { Lang } from '@hub/knowledge';
import bg from '../locales/bg.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };

export type Translate = TFunction;
export const RESOURCES = { bg, en } as const;

/** One i18next instance per assistant; Bulgarian is the source language. */
export function createTranslator(): (lang: Lang) => Translate {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { bg: { translation: bg }, en: { translation: en } },
    lng: 'bg',
    fallbackLng: 'bg',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const fixed = { bg: instance.getFixedT('bg'), en: instance.getFixedT('en') };
  return (lang) => fixed[lang];
}

/** A list kept in the locale files (e.g. example questions). */
export function tList(t: Translate, key: string): string[] {
  const value: unknown = t(key, { returnObjects: true });
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
