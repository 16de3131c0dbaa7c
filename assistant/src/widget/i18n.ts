import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

export type WidgetLang = 'bg' | 'en';
export type MessageKey = keyof typeof bg;
export type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export const LOCALES: Record<WidgetLang, Record<MessageKey, string>> = { bg, en };

export function translator(lang: WidgetLang): T {
  const strings = LOCALES[lang];
  return (key, vars = {}) =>
    strings[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}
