import { fillTemplate, useI18n } from '../../lib/i18n.ts';
import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

export type TextKey = keyof typeof bg;
const TEXTS: Record<'bg' | 'en', Record<TextKey, string>> = { bg, en };

export type AnalyticsText = (key: TextKey, vars?: Record<string, string | number>) => string;

/** The insights pages' own strings (Bulgarian source, English complete; tests/analytics checks both). */
export function useAnalyticsText(): { at: AnalyticsText; lang: 'bg' | 'en' } {
  const { lang } = useI18n();
  const at: AnalyticsText = (key, vars) => fillTemplate(TEXTS[lang][key] ?? TEXTS.bg[key] ?? key, vars);
  return { at, lang };
}

export const formatNumber = (n: number, lang: string) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'bg-BG');

export function formatDate(day: string, lang: string, withYear = true): string {
  return new Date(`${day.slice(0, 10)}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'bg-BG', {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  });
}

/** Percentage change, or null when there is nothing to compare with. */
export function change(now: number, before: number): number | null {
  if (before === 0) return now === 0 ? 0 : null;
  return Math.round(((now - before) / before) * 100);
}
