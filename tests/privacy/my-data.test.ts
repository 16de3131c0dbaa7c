// "Your data": a citizen downloads and deletes their conversations with their conversation token, on SQLite
// and PostgreSQL; an agent handling the conversation is told; nobody else's data is touched.
import { myDataErasedSchema, myDataExportSchema } from '@hub/contract';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PROVIDERS } from '../../server/src/db/testing.ts';
import { availableAgent, call, citizenInQueue, next, startTestHub, type TestHub } from './support/hub.ts';

describe.each(TEST_PROVIDERS)('"Your data" on %s', (provider) => {
  let h: TestHub;
  beforeAll(async () => {
    h = await startTestHub({ provider });
  });
  afterAll(async () => {
    await h?.close();
  });
  const post = (path: string, body: unknown) =>
    request(h.hub.url)
      .post(`/api/my-data/${path}`)
      .send(body as object);

  it("exports, then erases exactly the token holder's conversations and tells the agent", async () => {
    const mine = await citizenInQueue(h, ['Здравейте, как да платя данък сгради?', 'Живея в Средец.']);
    const other = await citizenInQueue(h, ['Чужд разговор']);
    const ana = await availableAgent(h, 'ana');
    await call(ana, 'helpdesk.claim', { handoffId: mine.handoffId });
    await call(ana, 'helpdesk.note.add', { conversationId: mine.conversationId, body: 'вътрешна бележка' });
    await call(ana, 'message.send', {
      conversationId: mine.conversationId,
      clientMessageId: 'agent-msg-1',
      body: 'Добър ден, аз съм Ана.',
    });

    // The citizen signed in with eAuth in this conversation (only a pseudonym is kept).
    await h.t.db.conversationIdentity.create({
      data: {
        conversationId: mine.conversationId,
        pseudonym: 'cd'.repeat(32),
        kind: 'person',
        level: 'SUBSTANTIAL',
        verifiedAt: new Date(),
      },
    });
    const json = await post('export', { citizenToken: mine.token }).expect(200);
    expect(json.headers['cache-control']).toBe('no-store');
    const data = myDataExportSchema.parse(json.body);
    expect(data.conversations.map((c) => c.id)).toEqual([mine.conversationId]);
    const texts = data.conversations[0]!.messages.map((m) => [m.author, m.text]);
    expect(texts).toEqual(
      expect.arrayContaining([
        ['citizen', 'Здравейте, как да платя данък сгради?'],
        ['citizen', 'Живея в Средец.'],
        ['agent', 'Добър ден, аз съм Ана.'],
      ]),
    );
    expect(JSON.stringify(data)).not.toContain('Чужд разговор');
    expect(JSON.stringify(data)).not.toContain('вътрешна бележка');
    // Deleted automatically 90 days (the default) after the last activity.
    const c = data.conversations[0]!;
    expect(c.identified).toBe(true);
    expect(JSON.stringify(data)).not.toContain('cd'.repeat(32));
    expect(Date.parse(c.deleteAfter) - Date.parse(c.lastActivityAt)).toBe(90 * 86_400_000);

    const text = await post('export', { citizenToken: mine.token, format: 'text', lang: 'en' }).expect(200);
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.headers['content-disposition']).toMatch(
      /^attachment; filename="conversation-\d{4}-\d\d-\d\d\.txt"$/,
    );
    expect(text.text).toMatch(/You: Здравейте, как да платя данък сгради\?/);
    expect(text.text).toMatch(/Staff member: Добър ден, аз съм Ана\./);

    // Before: the help desk holds a case and a note for this conversation (so the zeros below mean something).
    expect(await h.t.db.helpdeskCase.count({ where: { conversationId: mine.conversationId } })).toBe(1);
    expect(await h.t.db.helpdeskNote.count({ where: { conversationId: mine.conversationId } })).toBe(1);
    const closed = next<{ conversationId: string; status: string }>(
      ana,
      'conversation.status_changed',
      20_000,
    );
    const queue = next<{ conversationId: string; reason: string }>(ana, 'queue.changed', 20_000);
    const erased = await post('erase', { citizenToken: mine.token, confirm: true }).expect(200);
    expect(myDataErasedSchema.parse(erased.body)).toEqual({ conversationsDeleted: 1 });
    expect(await closed).toEqual({ conversationId: mine.conversationId, status: 'closed' });
    expect(await queue).toEqual({ conversationId: mine.conversationId, reason: 'erased' });

    const db = h.t.db;
    const where = { conversationId: mine.conversationId };
    expect([
      await db.conversation.count({ where: { id: mine.conversationId } }),
      await db.message.count({ where }),
      await db.participant.count({ where }),
      await db.handoffRequest.count({ where }),
      await db.helpdeskCase.count({ where }),
      await db.helpdeskNote.count({ where }),
      await db.botState.count({ where: { id: { contains: mine.conversationId } } }),
      await db.conversationIdentity.count({ where }),
    ]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    // The other citizen keeps everything.
    expect(await db.message.count({ where: { conversationId: other.conversationId } })).toBe(1);
    expect(await db.handoffRequest.count({ where: { conversationId: other.conversationId } })).toBe(1);
    // Accountability without content: who (nobody from staff), what, which id.
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'privacy.conversation_erased' } });
    expect(audit).toMatchObject({ actorId: null, targetType: 'conversation', targetId: mine.conversationId });
    // Supervisors read it (and who opened the conversation) through the audit endpoint.
    const sofia = await h.login('sofia');
    const listed = await request(h.hub.url)
      .get(`/api/staff/audit?targetId=${mine.conversationId}`)
      .set('cookie', sofia.cookie)
      .expect(200);
    expect(listed.body.entries.map((e: { action: string }) => e.action)).toContain(
      'privacy.conversation_erased',
    );
    expect(listed.body.entries.every((e: { targetId: string }) => e.targetId === mine.conversationId)).toBe(
      true,
    );
    // Afterwards there is nothing left to download, and the old conversation cannot be rejoined.
    expect((await post('export', { citizenToken: mine.token }).expect(200)).body.conversations).toEqual([]);
    await expect(
      call(mine.socket, 'conversation.join', { conversationId: mine.conversationId, afterSeq: 0 }),
    ).rejects.toThrow(/not_found/);
    expect((await post('erase', { citizenToken: mine.token, confirm: true }).expect(200)).body).toEqual({
      conversationsDeleted: 0,
    });
  });

  it('refuses a missing, forged or expired token and malformed requests with a code', async () => {
    const { token } = await h.citizenWithToken();
    const forged = `${token.split('.')[0]}.AAAA`;
    for (const body of [{ citizenToken: forged }, { citizenToken: 'x.y' }]) {
      const res = await post('export', body).expect(401);
      expect(res.body).toEqual({ code: 'unauthorized', message: expect.any(String) });
    }
    await post('erase', { citizenToken: forged, confirm: true }).expect(401);
    for (const [path, body] of [
      ['export', {}],
      ['export', { citizenToken: 'x'.repeat(600) }],
      ['export', { citizenToken: token, format: 'pdf' }],
      ['export', { citizenToken: token, extra: 1 }],
      ['erase', { citizenToken: token }],
      ['erase', { citizenToken: token, confirm: 'yes' }],
      ['erase', []],
    ] as const) {
      const res = await post(path, body).expect(400);
      expect(res.body.code).toBe('invalid_request');
    }
    const bad = await request(h.hub.url)
      .post('/api/my-data/export')
      .set('content-type', 'application/json')
      .send('{"citizenToken":')
      .expect(400);
    expect(bad.body.code).toBe('invalid_request');
  });
});
