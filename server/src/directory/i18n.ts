import i18next, { type i18n } from 'i18next';
import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import type { Lang } from './kb.ts';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** Dotted paths to every string in the Bulgarian (source) resource, plural forms folded into their base key. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? StripPlural<`${Prefix}${K}`>
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<typeof bg>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export const resources = { bg, en } as const;

let instance: i18n | undefined;

function directoryI18n(): i18n {
  if (instance) return instance;
  instance = i18next.createInstance();
  // Synchronous init: resources are bundled, so the first request never waits.
  void instance.init({
    resources: { bg: { translation: bg }, en: { translation: en } },
    lng: 'bg',
    fallbackLng: 'bg',
    initAsync: false,
    returnNull: false,
    // Templates escape every value; escaping here too would double-escape.
    interpolation: { escapeValue: false },
  });
  return instance;
}

export function translator(lang: Lang): Translate {
  const t = directoryI18n().getFixedT(lang);
  return (key, values) => t(key, values ?? {});
}
