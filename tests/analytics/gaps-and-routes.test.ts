import { KB_PUBLISHED_TOPIC, type GapsResponse, type GapTaskDto } from '@hub/contract';
import { loadKnowledgeBase, type KnowledgeBase } from '@hub/knowledge';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalUser } from '../../server/src/staff/users.ts';
import { startTestHub, type TestHub } from '../helpdesk/support/hub.ts';

/** The real pack, with two guides whose last review was long ago. */
function withOldReviews(kb: KnowledgeBase): KnowledgeBase {
  const services = kb.services.map((s) =>
    s.slug === 'dog-fee' || s.slug === 'green-waste'
      ? {
          ...s,
          guides: {
            bg: { ...s.guides.bg, lastReviewed: s.slug === 'dog-fee' ? '2024-01-10' : '2025-06-01' },
            en: { ...s.guides.en, lastReviewed: s.slug === 'dog-fee' ? '2024-01-10' : '2025-06-01' },
          },
        }
      : s,
  );
  return { ...kb, services };
}

describe('the knowledge-gap loop, review dates and open data over HTTP', () => {
  let h: TestHub;
  let editor: { cookie: string; csrf: string };
  let supervisor: { cookie: string; csrf: string };
  const search = (query: string, channel = 'web') =>
    request(h.hub.url).post('/api/events').send({ type: 'search', channel, lang: 'bg', query }).expect(202);

  beforeAll(async () => {
    h = await startTestHub({ kb: withOldReviews(loadKnowledgeBase()) });
    await createLocalUser(h.t.db, {
      email: 'ema@hub.local',
      displayName: 'Ема Редакторова',
      role: 'editor',
      password: 'ema-password-123',
    });
    h.staff.ema = { id: 'ema', email: 'ema@hub.local', password: 'ema-password-123' };
    editor = await h.login('ema');
    supervisor = await h.login('sofia');
  });
  afterAll(async () => h?.close());

  it('attributes a search to the guide it led to, and leaves an unanswered one unattributed', async () => {
    await search('данък сграда');
    await search('тротинетка под наем за ЕГН 8032056031');
    const rows = await h.t.db.analyticsEvent.findMany({
      where: { type: 'search' },
      orderBy: { occurredAt: 'asc' },
    });
    expect(rows.map((r) => [r.serviceSlug, r.detail])).toEqual([
      ['property-tax-payment', 'confident'],
      [null, expect.stringMatching(/none|weak/)],
    ]);
    expect(rows[1]!.query).not.toContain('8032056031');
  });

  it('groups unanswered questions (Cyrillic, Latin, inflected) with examples and volume', async () => {
    await search('trotinetki pod naem', 'chat');
    await search('тротинетки под наем', 'kiosk');
    await search('данъци басейни');
    const res = await request(h.hub.url)
      .get('/api/analytics/gaps?days=7')
      .set('cookie', supervisor.cookie)
      .expect(200);
    const gaps = res.body as GapsResponse;
    const scooters = gaps.groups[0]!;
    expect(scooters.volume).toBe(3);
    expect(scooters.examples).toHaveLength(3);
    expect(scooters.examples.join(' ')).not.toContain('8032056031');
    expect(scooters.task).toBeNull();
    expect(gaps.groups.map((g) => g.volume)).toEqual([3, 1]);
  });

  it('lets an editor (not a supervisor, not an agent) turn a group into a task', async () => {
    const gaps = (
      await request(h.hub.url).get('/api/analytics/gaps').set('cookie', editor.cookie).expect(200)
    ).body as GapsResponse;
    const group = gaps.groups[0]!;
    const body = {
      groupKey: group.key,
      type: 'alias',
      slug: 'property-tax-payment',
      example: group.examples[0],
      volume: 3,
    };
    await request(h.hub.url)
      .post('/api/analytics/gaps/tasks')
      .set({ cookie: supervisor.cookie, 'x-csrf-token': supervisor.csrf, origin: h.origin })
      .send(body)
      .expect(403);
    const agent = await h.login('ana');
    await request(h.hub.url).get('/api/analytics/insights').set('cookie', agent.cookie).expect(403);
    await request(h.hub.url).get('/api/analytics/insights').expect(401);
    await request(h.hub.url)
      .post('/api/analytics/gaps/tasks')
      .set({ cookie: editor.cookie, 'x-csrf-token': editor.csrf, origin: h.origin })
      .send({ ...body, slug: undefined })
      .expect(400);
    const created = await request(h.hub.url)
      .post('/api/analytics/gaps/tasks')
      .set({ cookie: editor.cookie, 'x-csrf-token': editor.csrf, origin: h.origin })
      .send(body)
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'open',
      type: 'alias',
      slug: 'property-tax-payment',
      answerRate: null,
    });
    const again = (
      await request(h.hub.url).get('/api/analytics/gaps').set('cookie', editor.cookie).expect(200)
    ).body as GapsResponse;
    expect(again.groups[0]!.task?.id).toBe(created.body.id);
  });

  it('stamps the task when the guide is published and compares the answer rate before and after', async () => {
    const db = h.t.db;
    // Before: the questions of the group went unanswered (three of them, above).
    await h.hub.hub.cluster.bus.publish(KB_PUBLISHED_TOPIC, {
      slug: 'property-tax-payment',
      revisionId: 'r1',
    });
    const task = await db.gapTask.findFirstOrThrow();
    expect(task.status).toBe('changed');
    expect(task.guideChangedAt).not.toBeNull();
    // After: the same question now finds the guide (recorded as the assistant records an answer).
    const after = new Date(task.guideChangedAt!.getTime() + 1);
    for (const [i, detail] of ['confident', 'confident', 'none'].entries())
      await db.analyticsEvent.create({
        data: {
          id: `after-${i}`,
          type: 'search',
          channel: 'chat',
          lang: 'bg',
          query: 'тротинетка под наем',
          detail,
          occurredAt: after,
        },
      });
    await h.hub.hub.cluster.bus.publish(KB_PUBLISHED_TOPIC, {
      slug: 'property-tax-payment',
      revisionId: 'r2',
    });
    const gaps = (
      await request(h.hub.url).get('/api/analytics/gaps').set('cookie', editor.cookie).expect(200)
    ).body as GapsResponse;
    const t = gaps.tasks[0] as GapTaskDto;
    expect(t.guideChangedAt).toBe(task.guideChangedAt!.toISOString());
    expect(t.answerRate).toEqual({ before: { answered: 0, total: 3 }, after: { answered: 2, total: 3 } });
    // A malformed message is ignored, not a crash.
    await h.hub.hub.cluster.bus.publish(KB_PUBLISHED_TOPIC, { slug: '../etc' });
  });

  it('lists guides past their review date, longest overdue first', async () => {
    const res = await request(h.hub.url)
      .get('/api/analytics/reviews?ui=en')
      .set('cookie', editor.cookie)
      .expect(200);
    expect(res.body.intervalMonths).toBe(12);
    expect(res.body.guides.map((g: { slug: string }) => g.slug)).toEqual(['dog-fee', 'green-waste']);
    expect(res.body.guides[0]).toMatchObject({ lastReviewed: '2024-01-10', dueOn: '2025-01-10' });
  });

  it('serves the dashboard as JSON and CSV, validating the filters', async () => {
    const json = await request(h.hub.url)
      .get('/api/analytics/insights?channel=web')
      .set('cookie', supervisor.cookie)
      .expect(200);
    expect(json.body.totals.asked).toBeGreaterThan(0);
    expect(json.body.trend.points).toHaveLength(28);
    const csv = await request(h.hub.url)
      .get('/api/analytics/insights.csv')
      .set('cookie', supervisor.cookie)
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toBe('section,key,label,asked,viewed,watched,clickedOut,cameBack');
    for (const bad of [
      'channel=fax',
      'from=2026-02-30',
      'from=2026-03-02&to=2026-01-01',
      'from=2020-01-01&to=2026-01-01',
      'ui=de',
      'x=1',
    ])
      expect(
        (await request(h.hub.url).get(`/api/analytics/insights?${bad}`).set('cookie', supervisor.cookie))
          .status,
        bad,
      ).toBe(400);
  });

  it('publishes open data without signing in, in JSON and CSV', async () => {
    const json = await request(h.hub.url).get('/api/open-data/service-usage.json').expect(200);
    expect(json.body.suppression).toContain('below 5');
    // Two searches for one service this month: below 5, so nothing is published about it.
    expect(json.body.rows).toEqual([]);
    const csv = await request(h.hub.url).get('/api/open-data/service-usage.csv?months=3').expect(200);
    expect(csv.text).toBe('month,service,asked,viewed,watched,clickedOut,cameBack\r\n');
    await request(h.hub.url).get('/api/open-data/service-usage.xml').expect(404);
    await request(h.hub.url).get('/api/open-data/service-usage.json?months=99').expect(400);
  });
});
