import type { GapsResponse } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import type { Db } from '../db/client.ts';
import { DAY_MS, isoDay } from '../analytics/period.ts';
import { gapGroups } from './groups.ts';
import { gapQuestions } from './questions.ts';
import { listTasks } from './tasks.ts';

const MAX_GROUPS = 30;

/** The knowledge-gap view: this period's groups of poorly answered questions, each with its task if any. */
export async function computeGaps(
  db: Db,
  kb: KnowledgeBase,
  days: number,
  now = new Date(),
): Promise<GapsResponse> {
  const lt = new Date(`${isoDay(now)}T00:00:00Z`).getTime() + DAY_MS;
  const gte = new Date(lt - days * DAY_MS);
  const questions = await gapQuestions(db, { gte, lt: new Date(lt) });
  const groups = gapGroups(questions, kb, MAX_GROUPS);
  const tasks = await listTasks(db, now);
  return {
    from: isoDay(gte),
    to: isoDay(new Date(lt - DAY_MS)),
    groups: groups.map((g) => ({ ...g, task: tasks.find((t) => t.groupKey === g.key) ?? null })),
    tasks,
  };
}
