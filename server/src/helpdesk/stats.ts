import { maskText, type StatsDto } from '@hub/contract';
import type { Db } from '../db/client.ts';
import { listAgents } from './agents.ts';
import type { PresenceRegistry } from './presence.ts';
import { UNANSWERED_REASONS } from './queue.ts';

const DAY = 86_400_000;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function countBy<T>(items: T[], key: (t: T) => string | null): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count);
}

/** Normalises a question for grouping: masked, lower-case, punctuation and spacing folded. */
export function questionKey(text: string): string {
  return maskText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s[\]]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
}

/** The supervisor's figures: live queue, agents, period handoffs, waits, CSAT, services, unanswered questions. */
export async function computeStats(
  db: Db,
  presence: PresenceRegistry,
  options: { days: number; limit: number; now?: Date },
): Promise<StatsDto> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - options.days * DAY);
  const today = new Date(now);
  today.setUTCHours(0, 0, 0, 0);

  const waiting = await db.handoffRequest.findMany({
    where: { state: 'requested' },
    select: { createdAt: true },
  });
  const active = await db.handoffRequest.count({ where: { state: 'accepted' } });
  const handoffs = await db.handoffRequest.findMany({
    where: { createdAt: { gte: since } },
    include: { conversation: { select: { channel: true } }, transitions: { orderBy: { at: 'asc' } } },
  });
  const waits = handoffs.flatMap((h) => {
    const accepted = h.transitions.find((t) => t.toState === 'accepted');
    return accepted ? [Math.round((accepted.at.getTime() - h.createdAt.getTime()) / 1000)] : [];
  });
  const feedback = await db.feedback.findMany({
    where: { createdAt: { gte: since }, conversationId: { not: null } },
    select: { rating: true },
  });
  const cases = await db.helpdeskCase.findMany({
    where: { closedAt: { gte: since } },
    select: { resolution: true },
  });

  const perDay = new Map<string, number>();
  for (let d = options.days - 1; d >= 0; d -= 1)
    perDay.set(new Date(today.getTime() - d * DAY).toISOString().slice(0, 10), 0);
  for (const h of handoffs) {
    const day = h.createdAt.toISOString().slice(0, 10);
    if (perDay.has(day)) perDay.set(day, perDay.get(day)! + 1);
  }

  const unansweredHandoffs = handoffs.filter((h) => h.reason && UNANSWERED_REASONS.includes(h.reason));
  const questions = await Promise.all(
    unansweredHandoffs.map(async (h) => {
      const first = await db.message.findFirst({
        where: { conversationId: h.conversationId, authorKind: 'citizen' },
        orderBy: { seq: 'desc' },
        select: { body: true },
      });
      return { question: first ? questionKey(first.body) : null, slug: h.serviceSlug };
    }),
  );
  const grouped = new Map<string, { question: string; count: number; slug: string | null }>();
  for (const q of questions) {
    if (!q.question) continue;
    const g = grouped.get(q.question) ?? { question: q.question, count: 0, slug: q.slug };
    g.count += 1;
    grouped.set(q.question, g);
  }

  return {
    generatedAt: now.toISOString(),
    days: options.days,
    live: {
      waiting: waiting.length,
      longestWaitSeconds: waiting.reduce(
        (m, w) => Math.max(m, Math.round((now.getTime() - w.createdAt.getTime()) / 1000)),
        0,
      ),
      active,
    },
    agents: await listAgents(db, presence, options.limit),
    handoffsToday: handoffs.filter((h) => h.createdAt >= today).length,
    handoffsPeriod: handoffs.length,
    medianWaitSeconds: median(waits),
    csatAverage: feedback.length
      ? Math.round((feedback.reduce((s, f) => s + f.rating, 0) / feedback.length) * 10) / 10
      : null,
    csatCount: feedback.length,
    perDay: [...perDay].map(([day, count]) => ({ day, handoffs: count })),
    byChannel: countBy(handoffs, (h) => h.conversation.channel),
    topServices: countBy(handoffs, (h) => h.serviceSlug)
      .slice(0, 10)
      .map((s) => ({ slug: s.key, count: s.count })),
    unanswered: [...grouped.values()].sort((a, b) => b.count - a.count).slice(0, 15),
    resolutions: countBy(cases, (c) => c.resolution),
  };
}
