import type { Guide, Lang } from '@hub/knowledge';
import type { Translate } from '../i18n/i18n.ts';

const money = {
  bg: new Intl.NumberFormat('bg-BG', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

export function formatEur(amount: number, lang: Lang): string {
  return money[lang].format(amount);
}

export function feeLines(guide: Guide, lang: Lang, t: Translate): string[] {
  const lines = guide.fees.map((fee) =>
    t('answer.feeLine', {
      label: fee.label,
      amount: fee.tier === 'free' || fee.eur === 0 ? t('answer.free') : formatEur(fee.eur, lang),
    }),
  );
  if (guide.feeNote) lines.push(guide.feeNote);
  return lines.length ? lines : [t('answer.noFee')];
}

export function deadlineLines(guide: Guide, t: Translate): string[] {
  const { regular, fast, express, note } = guide.deadlines;
  const lines: string[] = [];
  if (regular) lines.push(t('answer.deadlineRegular', { value: regular }));
  if (fast) lines.push(t('answer.deadlineFast', { value: fast }));
  if (express) lines.push(t('answer.deadlineExpress', { value: express }));
  if (note) lines.push(note);
  return lines;
}

export function bullets(items: readonly string[]): string {
  return items.map((item) => `• ${item}`).join('\n');
}

export function numbered(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}
