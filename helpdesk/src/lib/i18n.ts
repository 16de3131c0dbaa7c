import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import bg from '../locales/bg.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };

export type UiLang = 'bg' | 'en';
export type MessageKey = keyof typeof bg;
export const LOCALES: Record<UiLang, Record<MessageKey, string>> = { bg, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Bulgarian is the source language; a key missing in English (a test forbids it) falls back to it. */
export function translator(lang: UiLang): Translate {
  return (key, vars) => {
    return fillTemplate(LOCALES[lang][key] ?? LOCALES.bg[key] ?? key, vars);
  };
}

/** Replaces {name} placeholders with the values given; unknown ones stay as they are. */
export function fillTemplate(template: string, vars?: Record<string, string | number>): string {
  return vars
    ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
    : template;
}

export interface I18n {
  lang: UiLang;
  t: Translate;
  setLang(lang: UiLang): void;
}

export const I18nContext = createContext<I18n>({ lang: 'bg', t: translator('bg'), setLang: () => undefined });
export const useI18n = () => useContext(I18nContext);
