import type { Lang } from '@hub/knowledge';
import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

/** Bulgarian is the source language; English must have the same keys (checked by i18n.test.ts). */
export type MessageKey = keyof typeof bg;
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { bg, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A translator for one language: `{{name}}` placeholders are filled from vars. */
export function translator(lang: Lang): Translate {
  const table = MESSAGES[lang];
  return (key, vars = {}) =>
    table[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
}
