import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from '../db/testing.ts';
import {
  acceptHandoff,
  appendMessage,
  HandoffTakenError,
  messagesAfter,
  openHandoffs,
  requestHandoff,
  startConversation,
} from './store.ts';

describe.each(TEST_PROVIDERS)('conversation store on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => t?.drop());

  it('numbers messages 1, 2, 3 per conversation', async () => {
    const a = await startConversation(t.db, { citizenId: 'c1', channel: 'web', lang: 'bg' });
    const b = await startConversation(t.db, { citizenId: 'c2', channel: 'kiosk', lang: 'en' });
    const seqs = [];
    for (const [conv, text] of [
      [a, 'one'],
      [b, 'other'],
      [a, 'two'],
      [a, 'three'],
    ] as const) {
      seqs.push(
        (
          await appendMessage(t.db, {
            conversationId: conv.id,
            clientMessageId: null,
            authorKind: 'citizen',
            body: text,
          })
        ).message.seq,
      );
    }
    expect(seqs).toEqual([1, 1, 2, 3]);
    const participants = await t.db.participant.findMany({
      where: { conversationId: a.id },
      orderBy: { kind: 'asc' },
    });
    expect(participants.map((p) => p.kind)).toEqual(['bot', 'citizen']);
  });

  it('stores a retried client message id once and returns the stored message', async () => {
    const c = await startConversation(t.db, { citizenId: 'c3', channel: 'web', lang: 'bg' });
    const first = await appendMessage(t.db, {
      conversationId: c.id,
      clientMessageId: 'client-abc-1',
      authorKind: 'citizen',
      body: 'здравейте',
    });
    const retry = await appendMessage(t.db, {
      conversationId: c.id,
      clientMessageId: 'client-abc-1',
      authorKind: 'citizen',
      body: 'здравейте',
    });
    expect(first.duplicate).toBe(false);
    expect(retry).toEqual({ message: first.message, duplicate: true });
    expect(await t.db.message.count({ where: { conversationId: c.id } })).toBe(1);
  });

  it('gives distinct sequence numbers to concurrent sends and stores concurrent retries once', async () => {
    const c = await startConversation(t.db, { citizenId: 'c4', channel: 'web', lang: 'bg' });
    const sends = Array.from({ length: 10 }, (_, i) =>
      appendMessage(t.db, {
        conversationId: c.id,
        clientMessageId: `client-par-${i % 5}`,
        authorKind: 'citizen',
        body: `m${i % 5}`,
      }),
    );
    const results = await Promise.all(sends);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(5);
    const stored = await messagesAfter(t.db, c.id, 0);
    expect(stored.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(stored.map((m) => m.clientMessageId)).size).toBe(5);
  });

  it('returns what it stored (masked, same time and content), and a refused retry uses no number', async () => {
    const c = await startConversation(t.db, { citizenId: 'c6', channel: 'web', lang: 'bg' });
    const bot = (clientMessageId: string, body: string, conversationId = c.id) =>
      appendMessage(t.db, { conversationId, clientMessageId, authorKind: 'bot', body, content });
    const content = {
      text: 'Продължаваме ли?',
      suggestedActions: [{ type: 'imBack' as const, title: 'Да', value: 'да' }],
    };
    const sent = await bot('client-rt-1', 'ЕГН 7501020018, моля');
    expect(sent.message.body).not.toContain('7501020018');
    expect(await messagesAfter(t.db, c.id, 0)).toEqual([sent.message]);
    expect((await bot('client-rt-1', 'again')).duplicate).toBe(true);
    expect((await bot('client-rt-2', 'next')).message.seq).toBe(2);
    await expect(bot('client-rt-3', 'x', 'no-such')).rejects.toThrow();
    expect(await t.db.message.count({ where: { conversationId: 'no-such' } })).toBe(0);
  });

  it('returns only the messages after a sequence number, in order', async () => {
    const c = await startConversation(t.db, { citizenId: 'c5', channel: 'web', lang: 'bg' });
    for (const body of ['a', 'b', 'c', 'd']) {
      await appendMessage(t.db, { conversationId: c.id, clientMessageId: null, authorKind: 'bot', body });
    }
    expect((await messagesAfter(t.db, c.id, 2)).map((m) => [m.seq, m.body])).toEqual([
      [3, 'c'],
      [4, 'd'],
    ]);
  });

  it('opens one handoff per conversation and records its first state', async () => {
    const c = await startConversation(t.db, { citizenId: 'c6', channel: 'web', lang: 'bg' });
    const h1 = await requestHandoff(t.db, { conversationId: c.id, serviceSlug: 'property-tax-payment' });
    const h2 = await requestHandoff(t.db, { conversationId: c.id });
    expect(h2.id).toBe(h1.id);
    expect(h1.state).toBe('requested');
    expect((await t.db.conversation.findUnique({ where: { id: c.id } }))?.status).toBe('handoff');
    expect(await t.db.handoffTransition.count({ where: { handoffId: h1.id } })).toBe(1);
  });

  it('lets exactly one of two agents accept a handoff, and lists only waiting ones', async () => {
    const agents = await Promise.all(
      ['a1', 'a2'].map((n) =>
        t.db.staffUser.create({
          data: { id: `agent-${n}`, email: `${n}@hub.local`, displayName: n, role: 'agent' },
        }),
      ),
    );
    const c = await startConversation(t.db, { citizenId: 'c7', channel: 'web', lang: 'bg' });
    const h = await requestHandoff(t.db, { conversationId: c.id });
    expect((await openHandoffs(t.db)).map((x) => x.id)).toContain(h.id);
    const results = await Promise.allSettled(
      agents.map((a) => acceptHandoff(t.db, { handoffId: h.id, agentId: a.id })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(HandoffTakenError);
    expect((await openHandoffs(t.db)).map((x) => x.id)).not.toContain(h.id);
    expect(await t.db.participant.count({ where: { conversationId: c.id, kind: 'agent' } })).toBe(1);
    expect(await acceptHandoff(t.db, { handoffId: 'missing', agentId: 'agent-a1' })).toBeNull();
  });
});
