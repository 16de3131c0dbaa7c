import type { Lang } from './kb.ts';

const LOCALES: Record<Lang, string> = { bg: 'bg-BG', en: 'en-GB' };

export function formatEuro(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' }).format(amount);
}

/** "28 ноември 2026 г." / "28 November 2026" from an ISO date (YYYY-MM-DD), read as a calendar date. */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function compareTitles(lang: Lang): (a: string, b: string) => number {
  const collator = new Intl.Collator(LOCALES[lang]);
  return (a, b) => collator.compare(a, b);
}
