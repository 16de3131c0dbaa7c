import { randomUUID } from 'node:crypto';
import { maskText, type GapTaskDto, type GapTaskInput } from '@hub/contract';
import type { Db } from '../db/client.ts';
import { DAY_MS } from '../analytics/period.ts';
import { belongsTo, keysOf } from './groups.ts';
import { MAX_GAP_QUESTIONS } from './questions.ts';

/** The windows compared for "answer rate before and after the guide changed". */
export const RATE_WINDOW_DAYS = 28;

type TaskRow = NonNullable<Awaited<ReturnType<Db['gapTask']['findUnique']>>>;
type Rate = { answered: number; total: number } | null;

/** Share of the group's questions (searches and questions to the assistant) that found a good answer. */
export async function answerRate(db: Db, groupKey: string, gte: Date, lt: Date): Promise<Rate> {
  if (lt <= gte) return null;
  const searches = await db.analyticsEvent.findMany({
    where: { type: 'search', occurredAt: { gte, lt }, query: { not: null } },
    select: { query: true, value: true, detail: true },
    orderBy: { occurredAt: 'desc' },
    take: MAX_GAP_QUESTIONS,
  });
  let total = 0;
  let answered = 0;
  for (const s of searches) {
    if (!belongsTo(keysOf(s.query ?? ''), groupKey)) continue;
    total += 1;
    if (s.value !== 0 && s.detail !== 'none' && s.detail !== 'weak') answered += 1;
  }
  return total ? { answered, total } : null;
}

async function toDto(db: Db, row: TaskRow, now: Date): Promise<GapTaskDto> {
  const changed = row.guideChangedAt;
  const window = RATE_WINDOW_DAYS * DAY_MS;
  return {
    id: row.id,
    groupKey: row.groupKey,
    type: row.type as GapTaskDto['type'],
    slug: row.serviceSlug,
    status: row.status as GapTaskDto['status'],
    example: row.example,
    volume: row.volume,
    createdAt: row.createdAt.toISOString(),
    guideChangedAt: changed?.toISOString() ?? null,
    answerRate: changed
      ? {
          before: await answerRate(db, row.groupKey, new Date(changed.getTime() - window), changed),
          after: await answerRate(
            db,
            row.groupKey,
            changed,
            new Date(Math.min(now.getTime(), changed.getTime() + window)),
          ),
        }
      : null,
  };
}

export async function listTasks(db: Db, now = new Date()): Promise<GapTaskDto[]> {
  const rows = await db.gapTask.findMany({ orderBy: { createdAt: 'desc' }, take: 200 });
  return Promise.all(rows.map((r) => toDto(db, r, now)));
}

export async function createTask(db: Db, input: GapTaskInput, actorId: string): Promise<GapTaskDto> {
  const row = await db.gapTask.create({
    data: {
      id: randomUUID(),
      groupKey: input.groupKey,
      type: input.type,
      serviceSlug: input.slug ?? null,
      example: maskText(input.example).slice(0, 300),
      volume: input.volume,
      createdById: actorId,
    },
  });
  return toDto(db, row, new Date());
}

export async function setTaskStatus(
  db: Db,
  id: string,
  status: GapTaskDto['status'],
): Promise<GapTaskDto | null> {
  const found = await db.gapTask.findUnique({ where: { id } });
  if (!found) return null;
  const row = await db.gapTask.update({ where: { id }, data: { status } });
  return toDto(db, row, new Date());
}

/** A guide went live: its open tasks become "changed" with the time, so before/after can be compared. */
export async function markGuideChanged(db: Db, slug: string, at: Date): Promise<number> {
  const { count } = await db.gapTask.updateMany({
    where: { serviceSlug: slug, status: 'open' },
    data: { status: 'changed', guideChangedAt: at },
  });
  return count;
}
