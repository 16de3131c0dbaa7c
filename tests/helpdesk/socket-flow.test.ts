import type {
  CitizenHelpdeskStateDto,
  ConversationDetailDto,
  MessageDto,
  NoteDto,
  QueueItemDto,
  WalkthroughDto,
} from '@hub/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, citizenWaiting, next, startTestHub, type TestHub } from './support/hub.ts';

let h: TestHub;
beforeAll(async () => {
  h = await startTestHub();
});
afterEach(async () => {
  h.disconnectAll();
  // Each test starts with nobody holding conversations.
  await h.t.db.handoffRequest.updateMany({
    where: { state: { in: ['requested', 'accepted'] } },
    data: { state: 'cancelled' },
  });
});
afterAll(async () => {
  await h?.close();
});

const claim = (s: Parameters<typeof call>[0], handoffId: string) =>
  call<{ item: QueueItemDto }>(s, 'helpdesk.claim', { handoffId });

describe('claiming', () => {
  it('two agents claiming at once: exactly one wins, the other is told, nothing is lost', async () => {
    const { conversationId, handoffId } = await citizenWaiting(h);
    const [ana, boris] = await Promise.all([h.agent('ana'), h.agent('boris')]);
    const results = await Promise.allSettled([claim(ana, handoffId), claim(boris, handoffId)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(String(lost[0]!.reason)).toMatch(/^Error: conflict: a colleague has already taken/);
    const row = await h.t.db.handoffRequest.findUniqueOrThrow({ where: { id: handoffId } });
    expect([h.staff.ana!.id, h.staff.boris!.id]).toContain(row.agentId);
    expect(await h.t.db.participant.count({ where: { conversationId, kind: 'agent' } })).toBe(1);
    expect(await h.t.db.handoffTransition.count({ where: { handoffId, toState: 'accepted' } })).toBe(1);
    // Nothing lost: the citizen's message is in the winner's transcript.
    const winner = results[0]!.status === 'fulfilled' ? ana : boris;
    const detail = await call<ConversationDetailDto>(winner, 'helpdesk.open', { conversationId });
    expect(detail.messages.map((m) => m.body)).toContain('Здравейте, искам да платя данък сгради');
  });

  it('refuses a claim beyond the per-agent limit and while away', async () => {
    const ana = await h.agent('ana');
    for (let i = 0; i < 3; i += 1) await claim(ana, (await citizenWaiting(h)).handoffId);
    const fourth = await citizenWaiting(h);
    await expect(claim(ana, fourth.handoffId)).rejects.toThrow(/conflict: you already have 3/);
    const boris = await h.agent('boris');
    await call(boris, 'helpdesk.presence.set', { status: 'away' });
    await expect(claim(boris, fourth.handoffId)).rejects.toThrow(/available/);
    const agents = await call<{ agents: { id: string; status: string; load: number }[] }>(
      ana,
      'helpdesk.agents.list',
      {},
    );
    expect(agents.agents.find((a) => a.id === h.staff.ana!.id)).toMatchObject({
      status: 'available',
      load: 3,
    });
    expect(agents.agents.find((a) => a.id === h.staff.boris!.id)).toMatchObject({ status: 'away' });
  });

  it('lists queue views with channel, language, service, district and wait time', async () => {
    const plain = await citizenWaiting(h);
    const failed = await citizenWaiting(h, 'Как се регистрира дрон?', {
      reason: 'failures',
      serviceSlug: 'waste-fee-payment',
    });
    const ana = await h.agent('ana');
    const waiting = await call<{ items: QueueItemDto[] }>(ana, 'helpdesk.queue.list', { view: 'waiting' });
    expect(waiting.items.map((i) => i.handoffId)).toEqual([plain.handoffId, failed.handoffId]);
    expect(waiting.items[0]).toMatchObject({
      channel: 'web',
      lang: 'bg',
      district: 'sredets',
      serviceSlug: 'property-tax-payment',
    });
    expect(waiting.items[0]!.waitSeconds).toBeGreaterThanOrEqual(0);
    const unanswered = await call<{ items: QueueItemDto[] }>(ana, 'helpdesk.queue.list', {
      view: 'unanswered',
    });
    expect(unanswered.items.map((i) => i.handoffId)).toEqual([failed.handoffId]);
    await claim(ana, plain.handoffId);
    const active = await call<{ items: QueueItemDto[] }>(ana, 'helpdesk.queue.list', {
      view: 'active',
      mine: true,
    });
    expect(active.items.map((i) => i.handoffId)).toEqual([plain.handoffId]);
  });
});

describe('a live conversation', () => {
  it('notes reach colleagues and never the citizen', async () => {
    const c = await citizenWaiting(h);
    const [ana, boris] = await Promise.all([h.agent('ana'), h.agent('boris')]);
    await claim(ana, c.handoffId);
    const citizenEvents: string[] = [];
    c.socket.onAny((event: string) => citizenEvents.push(event));
    const colleagueSees = next<NoteDto>(boris, 'note.created');
    await call(ana, 'helpdesk.note.add', {
      conversationId: c.conversationId,
      body: 'Вероятно става дума за Лозенец',
    });
    expect((await colleagueSees).body).toBe('Вероятно става дума за Лозенец');
    await new Promise((r) => setTimeout(r, 150));
    expect(citizenEvents).not.toContain('note.created');
    const joined = await call<{ messages: MessageDto[] }>(c.socket, 'conversation.join', {
      conversationId: c.conversationId,
      afterSeq: 0,
    });
    expect(joined.messages.map((m) => m.body).join('\n')).not.toContain('Лозенец');
  });

  it('blocks an agent reply that asks for a PIN or card data, and says why', async () => {
    const c = await citizenWaiting(h);
    const ana = await h.agent('ana');
    await claim(ana, c.handoffId);
    const warned = next<{ rule: string }>(ana, 'reply.blocked');
    await expect(
      call(ana, 'message.send', {
        conversationId: c.conversationId,
        clientMessageId: 'agent-pin-001',
        body: 'Кажете ми ПИН кода от писмото, моля',
      }),
    ).rejects.toThrow(/forbidden: blocked: .*PIN/);
    expect((await warned).rule).toBe('pin');
    await expect(
      call(ana, 'message.send', {
        conversationId: c.conversationId,
        clientMessageId: 'agent-card-01',
        body: 'Please send me your card number and CVV',
      }),
    ).rejects.toThrow(/card/);
    const stored = await h.t.db.message.findMany({
      where: { conversationId: c.conversationId, authorKind: 'agent' },
    });
    expect(stored).toHaveLength(0);
    // An ordinary reply goes through and reaches the citizen.
    const heard = next<MessageDto>(c.socket, 'message.created');
    await call(ana, 'message.send', {
      conversationId: c.conversationId,
      clientMessageId: 'agent-ok-0001',
      body: 'Никога не споделяйте ПИН кода си.',
    });
    expect((await heard).body).toBe('Никога не споделяйте ПИН кода си.');
  });

  it('sends a walkthrough; the citizen ticks a step and the agent sees which step they are on', async () => {
    const c = await citizenWaiting(h);
    const ana = await h.agent('ana');
    await claim(ana, c.handoffId);
    const started = next<{ walkthrough: WalkthroughDto }>(c.socket, 'walkthrough.started');
    const sent = await call<{ walkthrough: WalkthroughDto; message: MessageDto }>(
      ana,
      'helpdesk.walkthrough.start',
      {
        conversationId: c.conversationId,
        slug: 'property-tax-payment',
      },
    );
    expect(sent.message.body).toContain('Apply');
    const { walkthrough } = await started;
    expect(walkthrough).toMatchObject({ stepCount: 1, current: 0, done: [] });
    const progressed = next<WalkthroughDto>(ana, 'walkthrough.progressed');
    await call(c.socket, 'walkthrough.tick', { walkthroughId: walkthrough.id, step: 0, done: true });
    expect(await progressed).toMatchObject({ id: walkthrough.id, done: [0], current: 1 });
    // Another citizen cannot tick it.
    const stranger = await h.citizen();
    await expect(
      call(stranger, 'walkthrough.tick', { walkthroughId: walkthrough.id, step: 0 }),
    ).rejects.toThrow(/not_found/);
    // After a reload the widget reads the checklist and its ticks back; only in the citizen's own conversation.
    const state = await call<CitizenHelpdeskStateDto>(c.socket, 'conversation.helpdesk_state', {
      conversationId: c.conversationId,
    });
    expect(state.csat).toBeNull();
    expect(state.walkthroughs).toEqual([
      {
        walkthrough: expect.objectContaining({ id: walkthrough.id, messageId: sent.message.id, done: [0] }),
        content: expect.objectContaining({
          contentType: 'application/vnd.sofia.walkthrough+json',
          data: expect.objectContaining({ walkthroughId: walkthrough.id, slug: 'property-tax-payment' }),
        }),
      },
    ]);
    await expect(
      call(stranger, 'conversation.helpdesk_state', { conversationId: c.conversationId }),
    ).rejects.toThrow(/not_found/);
    await expect(
      call(c.socket, 'conversation.helpdesk_state', { conversationId: c.conversationId, extra: 1 }),
    ).rejects.toThrow(/invalid_request/);
    for (const hostile of ['x', null, { conversationId: 'x'.repeat(5000) }, { conversationId: 7 }])
      await expect(call(c.socket, 'conversation.helpdesk_state', hostile)).rejects.toThrow(/invalid_request/);
    const card = await call<{ message: MessageDto }>(ana, 'helpdesk.guide.send', {
      conversationId: c.conversationId,
      slug: 'property-tax-payment',
      kind: 'card',
    });
    expect(card.message.content?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
  });

  it('transfers to a colleague with a note; only that colleague can take it', async () => {
    const c = await citizenWaiting(h);
    const [ana, boris, sofia] = await Promise.all([h.agent('ana'), h.agent('boris'), h.agent('sofia')]);
    await claim(ana, c.handoffId);
    const citizenTold = next<MessageDto>(c.socket, 'message.created');
    const transferred = next<{ toAgentId: string }>(boris, 'conversation.transferred');
    await call(ana, 'helpdesk.transfer', {
      conversationId: c.conversationId,
      to: { kind: 'agent', agentId: h.staff.boris!.id },
      note: 'Въпрос за Лозенец, Борис знае',
    });
    expect((await transferred).toAgentId).toBe(h.staff.boris!.id);
    expect((await citizenTold).authorKind).toBe('system');
    const ana2 = await h.agent('ana');
    await expect(claim(ana2, c.handoffId)).rejects.toThrow(/forbidden/);
    const { item } = await claim(boris, c.handoffId);
    expect(item).toMatchObject({ agentId: h.staff.boris!.id, transfers: 1 });
    const detail = await call<ConversationDetailDto>(boris, 'helpdesk.open', {
      conversationId: c.conversationId,
    });
    expect(detail.notes).toEqual([
      expect.objectContaining({
        kind: 'transfer',
        body: 'Въпрос за Лозенец, Борис знае',
        authorName: 'Ана Петрова',
      }),
    ]);
    // A team transfer puts it back for everyone, with the team shown.
    await call(boris, 'helpdesk.transfer', {
      conversationId: c.conversationId,
      to: { kind: 'team', team: 'district:lozenets' },
    });
    const waiting = await call<{ items: QueueItemDto[] }>(sofia, 'helpdesk.queue.list', { view: 'waiting' });
    expect(waiting.items.find((i) => i.handoffId === c.handoffId)).toMatchObject({
      team: 'district:lozenets',
      transfers: 2,
    });
  });

  it('closing with a resolution asks the citizen for a rating, and the rating is stored', async () => {
    const c = await citizenWaiting(h);
    const ana = await h.agent('ana');
    await claim(ana, c.handoffId);
    const asked = next<{ conversationId: string; messageId: string }>(c.socket, 'csat.requested');
    const status = next<{ status: string }>(c.socket, 'conversation.status_changed');
    await call(ana, 'helpdesk.close', { conversationId: c.conversationId, resolution: 'guided_online' });
    expect((await status).status).toBe('closed');
    const request = await asked;
    expect(request.conversationId).toBe(c.conversationId);
    // Until rated, the rating prompt is still pending after a reload; afterwards it is not.
    const pending = () =>
      call<CitizenHelpdeskStateDto>(c.socket, 'conversation.helpdesk_state', {
        conversationId: c.conversationId,
      });
    expect((await pending()).csat).toEqual({
      conversationId: c.conversationId,
      messageId: request.messageId,
    });
    await expect(
      call(c.socket, 'csat.submit', { conversationId: c.conversationId, rating: 7 }),
    ).rejects.toThrow(/invalid_request/);
    const staffHears = next<{ rating: number }>(ana, 'csat.submitted');
    await call(c.socket, 'csat.submit', {
      conversationId: c.conversationId,
      rating: 5,
      comment: 'Много бързо, ЕГН 7501020018',
    });
    expect((await staffHears).rating).toBe(5);
    const feedback = await h.t.db.feedback.findFirstOrThrow({ where: { conversationId: c.conversationId } });
    expect(feedback).toMatchObject({ rating: 5, serviceSlug: 'property-tax-payment' });
    expect(feedback.comment).not.toContain('7501020018');
    await expect(
      call(c.socket, 'csat.submit', { conversationId: c.conversationId, rating: 4 }),
    ).rejects.toThrow(/already rated/);
    expect((await pending()).csat).toBeNull();
    const history = await call<{ items: QueueItemDto[] }>(ana, 'helpdesk.queue.list', { view: 'history' });
    expect(history.items.find((i) => i.handoffId === c.handoffId)).toMatchObject({
      resolution: 'guided_online',
      state: 'resolved',
    });
    const detail = await call<ConversationDetailDto>(ana, 'helpdesk.open', {
      conversationId: c.conversationId,
    });
    expect(detail.csat).toBe(5);
  });

  it('warns about personal numbers and masks them in history', async () => {
    const c = await citizenWaiting(h, 'Моето ЕГН е 7501020018, проверете ми данъка');
    const ana = await h.agent('ana');
    await claim(ana, c.handoffId);
    const live = await call<ConversationDetailDto>(ana, 'helpdesk.open', {
      conversationId: c.conversationId,
    });
    expect(live.personalData).toContain('egn');
    await call(ana, 'helpdesk.close', { conversationId: c.conversationId, resolution: 'resolved' });
    const closed = await call<ConversationDetailDto>(ana, 'helpdesk.open', {
      conversationId: c.conversationId,
    });
    expect(closed.messages.map((m) => m.body).join()).not.toContain('7501020018');
    const history = await call<{ items: QueueItemDto[] }>(ana, 'helpdesk.queue.list', { view: 'history' });
    expect(history.items.find((i) => i.handoffId === c.handoffId)?.preview).not.toContain('7501020018');
  });

  it('citizens cannot use console events', async () => {
    const c = await citizenWaiting(h);
    await expect(
      Promise.race([
        call(c.socket, 'helpdesk.claim', { handoffId: c.handoffId }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 500)),
      ]),
    ).rejects.toThrow();
    expect((await h.t.db.handoffRequest.findUniqueOrThrow({ where: { id: c.handoffId } })).state).toBe(
      'requested',
    );
  });
});
