import { maskText, type QueueCounts, type QueueItemDto, type QueueView } from '@hub/contract';
import type { Db } from '../db/client.ts';

/** Bot handoff reasons that mean "the bot could not answer" (assistant: HandoffReason 'failures'). */
export const UNANSWERED_REASONS = ['failures', 'unanswered', 'no_answer'];

const handoffInclude = {
  conversation: true,
  agent: { select: { displayName: true } },
  transitions: { orderBy: { at: 'asc' as const } },
};

type HandoffRow = Awaited<ReturnType<typeof loadRows>>[number];

function loadRows(db: Db, where: object, orderBy: object, take: number) {
  return db.handoffRequest.findMany({ where, include: handoffInclude, orderBy, take });
}

function whereFor(view: QueueView, agentId: string | null) {
  switch (view) {
    case 'waiting':
      return { state: 'requested' };
    case 'unanswered':
      return { state: 'requested', reason: { in: UNANSWERED_REASONS } };
    case 'active':
      return agentId ? { state: 'accepted', agentId } : { state: 'accepted' };
    case 'history':
      return agentId
        ? { state: { in: ['resolved', 'cancelled'] }, agentId }
        : { state: { in: ['resolved', 'cancelled'] } };
  }
}

/** How many conversations wait (all, and those the bot could not answer) and how many the agent holds. */
export async function queueCounts(db: Db, agentId: string): Promise<QueueCounts> {
  const [waiting, unanswered, active] = await Promise.all([
    db.handoffRequest.count({ where: whereFor('waiting', null) }),
    db.handoffRequest.count({ where: whereFor('unanswered', null) }),
    db.handoffRequest.count({ where: whereFor('active', agentId) }),
  ]);
  return { waiting, unanswered, active };
}

/** One queue view, oldest waiting first (history: newest first). */
export async function listQueue(
  db: Db,
  view: QueueView,
  options: { agentId: string | null; limit: number; now?: Date },
): Promise<QueueItemDto[]> {
  const orderBy = view === 'history' ? { updatedAt: 'desc' } : { createdAt: 'asc' };
  const rows = await loadRows(db, whereFor(view, options.agentId), orderBy, options.limit);
  return toItems(db, rows, options.now ?? new Date());
}

export async function queueItem(db: Db, handoffId: string, now = new Date()): Promise<QueueItemDto | null> {
  const rows = await loadRows(db, { id: handoffId }, { createdAt: 'asc' }, 1);
  return (await toItems(db, rows, now))[0] ?? null;
}

/** The latest handoff of a conversation (the one the console works on). */
export async function latestHandoffId(db: Db, conversationId: string): Promise<string | null> {
  const row = await db.handoffRequest.findFirst({
    where: { conversationId },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  return row?.id ?? null;
}

async function toItems(db: Db, rows: HandoffRow[], now: Date): Promise<QueueItemDto[]> {
  const ids = rows.map((r) => r.id);
  const cases = new Map(
    (await db.helpdeskCase.findMany({ where: { handoffId: { in: ids } } })).map((c) => [c.handoffId, c]),
  );
  return Promise.all(
    rows.map(async (row) => {
      const c = cases.get(row.id);
      const last = await db.message.findFirst({
        where: { conversationId: row.conversationId, authorKind: 'citizen' },
        orderBy: { seq: 'desc' },
        select: { body: true },
      });
      // Waiting since the last time it entered the queue (a transfer puts it back).
      const queuedAt =
        [...row.transitions].reverse().find((t) => t.toState === 'requested')?.at ?? row.createdAt;
      const acceptedAt = row.transitions.find((t) => t.toState === 'accepted')?.at;
      const until = row.state === 'requested' ? now : (acceptedAt ?? now);
      const waitFrom = row.state === 'requested' ? queuedAt : row.createdAt;
      return {
        handoffId: row.id,
        conversationId: row.conversationId,
        state: row.state as QueueItemDto['state'],
        channel: row.conversation.channel,
        lang: row.conversation.lang,
        district: row.conversation.district,
        serviceSlug: row.serviceSlug,
        reason: row.reason,
        preview: last ? maskText(last.body).slice(0, 160) : null,
        createdAt: row.createdAt.toISOString(),
        waitSeconds: Math.max(0, Math.round((until.getTime() - waitFrom.getTime()) / 1000)),
        agentId: row.agentId,
        agentName: row.agent?.displayName ?? null,
        team: c?.team ?? null,
        targetAgentId: c?.targetAgentId ?? null,
        transfers: c?.transfers ?? 0,
        resolution: c?.resolution ?? null,
        closedAt: c?.closedAt?.toISOString() ?? null,
        kioskLocation: null,
      } satisfies QueueItemDto;
    }),
  );
}
