import { maskText, type Lang } from '@hub/contract';
import type { Db } from '../db/client.ts';
import type { Range } from '../analytics/funnel.ts';

/** The most questions one gap analysis reads (most recent first), so a busy month cannot exhaust memory. */
export const MAX_GAP_QUESTIONS = 5000;

export interface SourcedQuestion {
  text: string;
  lang: Lang;
  /** True for a question whose answer a citizen rated 1–2; false for one nothing answered. */
  poorlyRated: boolean;
}

/** Searches with no result, or nothing relevant, or only partial matches. */
export const UNANSWERED_SEARCH = {
  type: 'search',
  OR: [{ value: 0 }, { detail: { in: ['none', 'weak'] } }],
};

const asLang = (s: string): Lang => (s === 'en' ? 'en' : 'bg');

/**
 * Questions the hub did not answer well in the range: unanswered searches and questions to the assistant,
 * and the first question of help-desk conversations the citizen rated 1–2. Text is masked (again).
 */
export async function gapQuestions(db: Db, range: Range): Promise<SourcedQuestion[]> {
  const period = { gte: range.gte, lt: range.lt };
  const searches = await db.analyticsEvent.findMany({
    where: { ...UNANSWERED_SEARCH, occurredAt: period, query: { not: null } },
    select: { query: true, lang: true },
    orderBy: { occurredAt: 'desc' },
    take: MAX_GAP_QUESTIONS,
  });
  const rated = await db.feedback.findMany({
    where: { createdAt: period, rating: { lte: 2 }, conversationId: { not: null } },
    select: { conversationId: true, lang: true },
    orderBy: { createdAt: 'desc' },
    take: 500,
  });
  const firstQuestions = rated.length
    ? await db.message.findMany({
        where: {
          conversationId: { in: rated.map((r) => r.conversationId!) },
          authorKind: 'citizen',
          seq: { lte: 3 },
        },
        orderBy: [{ conversationId: 'asc' }, { seq: 'asc' }],
        select: { conversationId: true, body: true },
      })
    : [];
  const firstOf = new Map<string, string>();
  for (const m of firstQuestions) if (!firstOf.has(m.conversationId)) firstOf.set(m.conversationId, m.body);

  return [
    ...searches.map((s) => ({ text: maskText(s.query ?? ''), lang: asLang(s.lang), poorlyRated: false })),
    ...rated.flatMap((r) => {
      const body = firstOf.get(r.conversationId!);
      return body ? [{ text: maskText(body).slice(0, 300), lang: asLang(r.lang), poorlyRated: true }] : [];
    }),
  ].filter((q) => q.text.trim());
}
