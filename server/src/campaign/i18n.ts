import i18next, { type i18n } from 'i18next';
import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type CampaignMessageKey = Leaves<typeof bg>;
export const campaignResources = { bg, en } as const;

let instance: i18n | undefined;

/** The campaign module's texts (Bulgarian source, English complete; campaign-i18n.test.ts checks both). */
export function campaignT(lang: 'bg' | 'en'): (key: CampaignMessageKey) => string {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { bg: { translation: bg }, en: { translation: en } },
      lng: 'bg',
      fallbackLng: 'bg',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }
  const t = instance.getFixedT(lang);
  return (key) => t(key);
}
