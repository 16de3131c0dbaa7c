import type { Translate } from './i18n.ts';

export function duration(t: Translate, seconds: number): string {
  if (seconds < 60) return t('time.s', { n: Math.max(0, Math.round(seconds)) });
  if (seconds < 3600) return t('time.m', { n: Math.floor(seconds / 60) });
  return t('time.h', { n: Math.floor(seconds / 3600), m: Math.floor((seconds % 3600) / 60) });
}

export function clock(iso: string, lang: string): string {
  return new Date(iso).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'bg-BG', {
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function dayLabel(day: string, lang: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'bg-BG', {
    day: 'numeric',
    month: 'short',
  });
}

/** "lozenets" → "Lozenets"; district slugs are shown as names until the districts list is loaded. */
export function prettySlug(slug: string | null | undefined): string {
  if (!slug) return '';
  return slug
    .replace(/^district:/, '')
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
