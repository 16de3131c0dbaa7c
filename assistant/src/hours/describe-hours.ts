import type { Lang } from '@hub/knowledge';
import type { WorkingHours } from './working-hours.ts';

const locales: Record<Lang, string> = { bg: 'bg-BG', en: 'en-GB' };
// 2024-01-01 was a Monday: day n of the week is 2024-01-0n.
const weekdayName = (day: number, lang: Lang) =>
  new Intl.DateTimeFormat(locales[lang], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day)),
  );

/** "понеделник – петък, 09:00–17:30": names come from Intl, not from code. */
export function describeHours(hours: WorkingHours, lang: Lang): string {
  const days = [...hours.days].sort((a, b) => a - b);
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return '';
  const contiguous = last - first + 1 === days.length;
  const dayText =
    contiguous && days.length > 1
      ? `${weekdayName(first, lang)} – ${weekdayName(last, lang)}`
      : days.map((d) => weekdayName(d, lang)).join(', ');
  return `${dayText}, ${hours.from}–${hours.to}`;
}
