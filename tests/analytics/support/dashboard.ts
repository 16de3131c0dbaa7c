// Test support: a hub whose database holds two weeks of realistic events up to today, unanswered questions,
// a gap task whose guide changed three days ago, and an editor account: for the browser test and screenshots.
import { loadKnowledgeBase, type KnowledgeBase } from '@hub/knowledge';
import { randomUUID } from 'node:crypto';
import { createLocalUser } from '../../../server/src/staff/users.ts';
import { builtAppsDir } from '../../helpdesk/support/apps.ts';
import { startTestHub, type TestHub } from '../../helpdesk/support/hub.ts';
import { isoDay, seedWeek } from './seed-week.ts';

/** The real pack, with a few guides whose last review was long ago. */
export function withOldReviews(kb: KnowledgeBase, old: Record<string, string>): KnowledgeBase {
  const services = kb.services.map((s) => {
    const day = old[s.slug];
    return day
      ? {
          ...s,
          guides: { bg: { ...s.guides.bg, lastReviewed: day }, en: { ...s.guides.en, lastReviewed: day } },
        }
      : s;
  });
  return { ...kb, services };
}

export const OLD_REVIEWS = {
  'dog-fee': '2024-01-10',
  'green-waste': '2025-06-01',
  'civil-wedding': '2025-09-15',
};

const FRIDGE: [string, string] = ['къде да изхвърля стар хладилник', 'kude da izhvarlia star hladilnik'];

/** Questions nothing answered in the last week (text, times asked). */
const UNANSWERED: [string, number][] = [
  ['колко струва паркинг за живущи в синя зона', 9],
  ['паркинг живущи синя зона', 6],
  ['parking za jivushti sinq zona', 4],
  ['къде се плаща винетка', 5],
  ['винетка за кола', 3],
  ['детска площадка счупена люлка', 4],
  ['счупена люлка на площадката', 2],
  ['как да регистрирам фирма', 3],
];

export async function startDashboardHub(options: { appsDir?: boolean } = {}): Promise<TestHub> {
  const kb = withOldReviews(loadKnowledgeBase(), OLD_REVIEWS);
  const h = await startTestHub({ kb, ...(options.appsDir ? { appsDir: builtAppsDir() } : {}) });
  const db = h.t.db;
  const today = new Date();
  // Eight weeks, growing towards today (each seedWeek call is two weeks).
  for (const [i, scale] of [0.7, 0.85, 0.95, 1].entries()) {
    const last = isoDay(new Date(today.getTime() - (3 - i) * 14 * 86_400_000));
    await db.analyticsEvent.createMany({
      data: seedWeek(last, { prefix: `w${i}`, scale, unanswered: FRIDGE }).map((r) => r.row),
    });
  }
  const rows = [];
  for (const [text, n] of UNANSWERED)
    for (let i = 0; i < n; i++)
      rows.push({
        id: randomUUID(),
        type: 'search',
        channel: i % 3 ? 'web' : 'chat',
        lang: 'bg',
        query: text,
        value: 0,
        detail: 'none',
        occurredAt: new Date(today.getTime() - (i % 6) * 86_400_000 - 3_600_000),
      });
  // The scooter question was unanswered until its guide changed three days ago; now it mostly is answered.
  const changed = new Date(today.getTime() - 3 * 86_400_000);
  for (let i = 0; i < 12; i++)
    rows.push({
      id: randomUUID(),
      type: 'search',
      channel: i % 2 ? 'chat' : 'web',
      lang: 'bg',
      query: i % 3 ? 'тротинетка под наем' : 'trotinetki pod naem',
      value: 0,
      detail: 'none',
      occurredAt: new Date(changed.getTime() - (i + 1) * 18 * 3_600_000),
    });
  for (let i = 0; i < 8; i++)
    rows.push({
      id: randomUUID(),
      type: 'search',
      channel: 'web',
      lang: 'bg',
      query: 'тротинетка под наем',
      value: 3,
      detail: i % 4 ? 'confident' : 'none',
      serviceSlug: 'bulky-waste-collection',
      occurredAt: new Date(changed.getTime() + (i + 1) * 3_600_000),
    });
  await db.analyticsEvent.createMany({ data: rows });
  const editor = await createLocalUser(db, {
    email: 'ema@hub.local',
    displayName: 'Ема Николова',
    role: 'editor',
    password: 'ema-password-123',
  });
  h.staff.ema = { id: editor.id, email: 'ema@hub.local', password: 'ema-password-123' };
  await db.gapTask.create({
    data: {
      id: randomUUID(),
      groupKey: 'naem trotinetk',
      type: 'section',
      serviceSlug: 'bulky-waste-collection',
      status: 'changed',
      example: 'тротинетка под наем',
      volume: 42,
      createdById: editor.id,
      createdAt: new Date(changed.getTime() - 5 * 86_400_000),
      guideChangedAt: changed,
    },
  });
  return h;
}
