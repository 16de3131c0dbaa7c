import type { Lang, ReviewDueDto } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import { DAY_MS, isoDay } from './period.ts';

/** Guides are due for review a year after their last review (AUTHORING.md: at least once a year). */
export const REVIEW_INTERVAL_MONTHS = 12;

function addMonths(day: string, months: number): Date {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** Guides past their review date, longest overdue first. */
export function reviewsDue(kb: KnowledgeBase, lang: Lang, now = new Date()): ReviewDueDto {
  const today = new Date(`${isoDay(now)}T00:00:00Z`);
  const guides = kb.services
    .map((s) => {
      const guide = s.guides[lang];
      const due = addMonths(guide.lastReviewed, REVIEW_INTERVAL_MONTHS);
      return {
        slug: s.slug,
        title: guide.title,
        lastReviewed: guide.lastReviewed,
        dueOn: isoDay(due),
        daysOverdue: Math.round((today.getTime() - due.getTime()) / DAY_MS),
      };
    })
    .filter((g) => g.daysOverdue > 0)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.slug.localeCompare(b.slug));
  return { intervalMonths: REVIEW_INTERVAL_MONTHS, guides };
}
