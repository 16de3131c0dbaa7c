import type { Lang } from '@hub/knowledge';

const formats: Record<Lang, Intl.NumberFormat> = {
  bg: new Intl.NumberFormat('bg-BG', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/** "2,56 €" in Bulgarian, "€2.56" in English; non-breaking spaces keep the amount on one line. */
export function formatEur(amount: number, lang: Lang): string {
  return formats[lang].format(amount).replace(/\s/g, '\u00a0');
}
