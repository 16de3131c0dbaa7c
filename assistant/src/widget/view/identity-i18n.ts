import type { WidgetLang } from '../i18n.ts';
import bg from './identity-locales/bg.json' with { type: 'json' };
import en from './identity-locales/en.json' with { type: 'json' };

export type IdentityKey = keyof typeof bg;
export type IdentityT = (key: IdentityKey, vars?: Record<string, string>) => string;
export const IDENTITY_LOCALES: Record<WidgetLang, Record<IdentityKey, string>> = { bg, en };

/** The eAuth card's own strings (Bulgarian source, English complete), kept beside it. */
export function identityTranslator(lang: WidgetLang): IdentityT {
  const strings = IDENTITY_LOCALES[lang];
  return (key, vars = {}) => strings[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}
