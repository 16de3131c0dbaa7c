import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import type { EauthErrorCode } from './errors.ts';
import type { Lang } from './login-context.ts';

export type EauthStrings = typeof bg;

/** Bulgarian is the source; English must have the same keys (checked by i18n.test.ts). */
export const eauthStrings: Record<Lang, EauthStrings> = { bg, en };

export function errorMessage(lang: Lang, code: EauthErrorCode): string {
  return eauthStrings[lang].errors[code];
}

/** The citizen's language from an explicit choice, else Accept-Language, else Bulgarian. */
export function pickLang(explicit: unknown, acceptLanguage: string | undefined): Lang {
  if (explicit === 'bg' || explicit === 'en') return explicit;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'bg';
}
