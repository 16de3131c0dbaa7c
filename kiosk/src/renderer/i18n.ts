import type { KioskLang } from '../shared/kiosk-api.ts';
import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

export type MessageKey = keyof typeof bg;
const MESSAGES: Record<KioskLang, Record<MessageKey, string>> = { bg, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: KioskLang): Translate {
  return (key, params) => {
    const text = MESSAGES[lang][key];
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
  };
}

export function localeOf(lang: KioskLang): string {
  return lang === 'bg' ? 'bg-BG' : 'en-GB';
}
