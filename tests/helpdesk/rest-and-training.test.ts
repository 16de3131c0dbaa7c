import type { StatsDto, TrainingMessageDto, TrainingSessionDto } from '@hub/contract';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, citizenWaiting, startTestHub, type TestHub } from './support/hub.ts';

let h: TestHub;
beforeAll(async () => {
  h = await startTestHub();
});
afterAll(async () => {
  await h?.close();
});

describe('canned replies', () => {
  it('agents read the seeded Bulgarian and English sets; only supervisors change them, with the CSRF token', async () => {
    const ana = await h.login('ana');
    const list = await request(h.hub.url)
      .get('/api/helpdesk/canned?lang=bg')
      .set('cookie', ana.cookie)
      .expect(200);
    expect(list.body.replies.map((r: { shortcut: string }) => r.shortcut)).toEqual([
      'bye',
      'greet',
      'privacy',
      'wait',
    ]);
    const reply = {
      lang: 'en',
      shortcut: 'office-hours',
      title: 'Office hours',
      body: 'Offices are open 9:00–17:30.',
    };
    await request(h.hub.url)
      .post('/api/helpdesk/canned')
      .set({ cookie: ana.cookie, origin: h.origin, 'x-csrf-token': ana.csrf })
      .send(reply)
      .expect(403);
    const sofia = await h.login('sofia');
    await request(h.hub.url)
      .post('/api/helpdesk/canned')
      .set({ cookie: sofia.cookie, origin: h.origin })
      .send(reply)
      .expect(403);
    const created = await request(h.hub.url)
      .post('/api/helpdesk/canned')
      .set({ cookie: sofia.cookie, origin: h.origin, 'x-csrf-token': sofia.csrf })
      .send(reply)
      .expect(201);
    await request(h.hub.url)
      .put(`/api/helpdesk/canned/${created.body.id}`)
      .set({ cookie: sofia.cookie, origin: h.origin, 'x-csrf-token': sofia.csrf })
      .send({ ...reply, body: 'Offices are open 9:00–17:00.' })
      .expect(200);
    const en = await request(h.hub.url)
      .get('/api/helpdesk/canned?lang=en')
      .set('cookie', ana.cookie)
      .expect(200);
    expect(en.body.replies.find((r: { shortcut: string }) => r.shortcut === 'office-hours').body).toBe(
      'Offices are open 9:00–17:00.',
    );
  });
});

describe('supervisor stats', () => {
  it('count handoffs, waits, CSAT, services and unanswered questions; export CSV without formulas', async () => {
    const ana = await h.agent('ana');
    const a = await citizenWaiting(h);
    await citizenWaiting(h, '=HYPERLINK("http://evil") как се регистрира дрон', {
      reason: 'failures',
      serviceSlug: 'waste-fee-payment',
    });
    await call(ana, 'helpdesk.claim', { handoffId: a.handoffId });
    await call(ana, 'helpdesk.close', { conversationId: a.conversationId, resolution: 'resolved' });
    await call(a.socket, 'csat.submit', { conversationId: a.conversationId, rating: 4 });
    const sofia = await h.login('sofia');
    const stats = (
      await request(h.hub.url).get('/api/helpdesk/stats?days=7').set('cookie', sofia.cookie).expect(200)
    ).body as StatsDto;
    expect(stats).toMatchObject({
      handoffsToday: 2,
      handoffsPeriod: 2,
      csatAverage: 4,
      csatCount: 1,
      live: { waiting: 1, active: 0 },
    });
    expect(stats.medianWaitSeconds).not.toBeNull();
    expect(stats.perDay).toHaveLength(7);
    expect(stats.topServices).toEqual(expect.arrayContaining([{ slug: 'property-tax-payment', count: 1 }]));
    expect(stats.unanswered[0]).toMatchObject({ count: 1, slug: 'waste-fee-payment' });
    expect(stats.resolutions).toEqual([{ key: 'resolved', count: 1 }]);
    const agentCookie = (await h.login('ana')).cookie;
    await request(h.hub.url).get('/api/helpdesk/stats').set('cookie', agentCookie).expect(403);
    const csv = await request(h.hub.url)
      .get('/api/helpdesk/stats.csv')
      .set('cookie', sofia.cookie)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('summary,handoffs_period,2');
    expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('training', () => {
  it('offers at least 10 Bulgarian scenarios', async () => {
    const ana = await h.login('ana');
    const res = await request(h.hub.url)
      .get('/api/helpdesk/training/scenarios')
      .set('cookie', ana.cookie)
      .expect(200);
    expect(res.body.scenarios.length).toBeGreaterThanOrEqual(10);
    for (const s of res.body.scenarios) expect(s.title.bg).toMatch(/[а-я]/i);
  });

  it('a practice session is played by a simulated citizen, isolated from real queues, scored, and seen by a supervisor', async () => {
    const ana = await h.agent('ana');
    const handoffsBefore = await h.t.db.handoffRequest.count();
    const conversationsBefore = await h.t.db.conversation.count();
    const started = await call<{ session: TrainingSessionDto; messages: TrainingMessageDto[] }>(
      ana,
      'training.start',
      { scenarioId: 'types-egn' },
    );
    expect(started.messages[0]!.body).toContain('ЕГН');
    const blocked = await call<{ blocked: string | null }>(ana, 'training.reply', {
      sessionId: started.session.id,
      body: 'Кажете ми ПИН кода си',
    });
    expect(blocked.blocked).toBe('pin');
    const r1 = await call<{ messages: TrainingMessageDto[] }>(ana, 'training.reply', {
      sessionId: started.session.id,
      body: 'Здравейте! Моля, не пишете ЕГН в чата — това са лични данни. Ще Ви покажа как да проверите сами.',
    });
    expect(r1.messages.at(-1)!.author).toBe('citizen');
    const g = await call<{ messages: TrainingMessageDto[] }>(ana, 'training.guide', {
      sessionId: started.session.id,
      slug: 'tax-obligations-certificate',
    });
    expect(g.messages.at(-1)!.body).toContain('Благодаря');
    await call(ana, 'training.reply', {
      sessionId: started.session.id,
      body: 'Мога ли да помогна с нещо друго? Приятен ден!',
    });
    const { session } = await call<{ session: TrainingSessionDto }>(ana, 'training.finish', {
      sessionId: started.session.id,
    });
    expect(session.detail!.parts.find((p) => p.key === 'guide')!.points).toBe(25);
    expect(session.detail!.parts.find((p) => p.key === 'personal_data')!.points).toBe(0); // the PIN attempt counts
    expect(session.score).toBe(session.detail!.total);
    expect(await h.t.db.handoffRequest.count()).toBe(handoffsBefore);
    expect(await h.t.db.conversation.count()).toBe(conversationsBefore);
    const sofia = await h.login('sofia');
    const history = await request(h.hub.url)
      .get('/api/helpdesk/training/sessions')
      .set('cookie', sofia.cookie)
      .expect(200);
    expect(history.body.sessions[0]).toMatchObject({
      id: session.id,
      traineeName: 'Ана Петрова',
      score: session.score,
    });
    const boris = await h.login('boris');
    const own = await request(h.hub.url)
      .get('/api/helpdesk/training/sessions')
      .set('cookie', boris.cookie)
      .expect(200);
    expect(own.body.sessions).toEqual([]);
  });
});
