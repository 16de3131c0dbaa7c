/** "28 ное 2026, 09:15" in the console's language. */
export function when(iso: string | null, lang: 'bg' | 'en'): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'bg-BG', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function day(isoDay: string, lang: 'bg' | 'en'): string {
  return new Date(`${isoDay}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'bg-BG', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** Guides are to be reviewed at least once a year. */
export const REVIEW_EVERY_DAYS = 365;
export function reviewOverdue(lastReviewed: string, now = new Date()): boolean {
  return now.getTime() - new Date(`${lastReviewed}T00:00:00Z`).getTime() > REVIEW_EVERY_DAYS * 86_400_000;
}

export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

/** Sets `lastReviewed:` in a guide's front-matter (the line the schema requires). */
export function markReviewed(source: string, isoDay: string): string {
  return /^lastReviewed: .*$/m.test(source)
    ? source.replace(/^lastReviewed: .*$/m, `lastReviewed: ${isoDay}`)
    : source;
}

/** The 0-based line of a front-matter field (`documents.2` → the `documents:` key), or -1. */
export function lineOfField(source: string, field: string): number {
  const key = field.split('.')[0] ?? '';
  if (!key || key.startsWith('(')) return 0;
  return source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
}
