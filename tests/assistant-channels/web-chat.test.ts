// The assistant hosted in the server for web conversations: persisted bot turns with rich content, quick replies,
// feedback analytics, typing and read relays, handoff into the help-desk queue, silence during it, and resume.
import { notifyHandoffStatus } from '@hub/server/src/bot-host/index.ts';
import { createLocalUser } from '@hub/server/src/staff/users.ts';
import type { QueueUpdated, TypingChanged } from '@hub/contract';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  botInbox,
  citizenSocket,
  openSocket,
  staffCookie,
  startTestHub,
  type Client,
  type TestHub,
} from './support/hub.ts';

let h: TestHub;
const sockets: Client[] = [];
beforeAll(async () => {
  h = await startTestHub();
  await createLocalUser(h.t.db, {
    email: 'agent@hub.local',
    displayName: 'Agent',
    role: 'agent',
    password: 'agent-password-123',
  });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await h?.close();
});

async function citizen() {
  const socket = await citizenSocket(h.hub.url);
  sockets.push(socket);
  const inbox = botInbox(socket);
  const res = await socket.emitWithAck('conversation.start', { channel: 'chat', lang: 'bg' });
  if (!res.ok) throw new Error(res.error.code);
  return { socket, inbox, conversationId: res.data.conversationId };
}

async function agent() {
  const socket = await openSocket(h.hub.url, {
    cookie: await staffCookie(h.hub.url, 'agent@hub.local', 'agent-password-123'),
  });
  sockets.push(socket);
  return socket;
}

let n = 0;
const cid = () => `client-${String(++n).padStart(4, '0')}`;

describe('the assistant in web conversations', () => {
  it('greets, answers a question with a stored card, and takes feedback from a card button', async () => {
    const { socket, inbox, conversationId } = await citizen();
    await inbox.until(() => true);
    const typing: TypingChanged[] = [];
    socket.on('typing.changed', (t) => typing.push(t));

    const sent = await socket.emitWithAck('message.send', {
      conversationId,
      clientMessageId: cid(),
      body: 'danak sgrada',
    });
    expect(sent.ok).toBe(true);
    const answer = await inbox.until((m) => Boolean(m.content?.attachments?.length));
    expect(answer.content?.slug).toBe('property-tax-payment');
    const card = answer.content!.attachments![0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.hero');
    // The text fallback carries the card for text-only views (the agent's transcript).
    expect(answer.body).toMatch(/https?:\/\//);
    expect(typing.map((t) => [t.authorKind, t.typing])).toEqual([
      ['bot', true],
      ['bot', false],
    ]);

    const stored = await h.t.db.message.findFirst({
      where: { conversationId, authorKind: 'bot', seq: answer.seq },
    });
    expect(JSON.parse(stored!.content!)).toMatchObject({ slug: 'property-tax-payment' });

    const thumbsUp =
      card.contentType === 'application/vnd.microsoft.card.hero'
        ? card.content.buttons?.find(
            (b) => b.type === 'postBack' && typeof b.value === 'object' && b.value.vote === 'up',
          )
        : undefined;
    expect(thumbsUp).toBeDefined();
    const clicked = await socket.emitWithAck('message.action', {
      conversationId,
      clientMessageId: cid(),
      action: thumbsUp!,
    });
    expect(clicked.ok && clicked.data.message).toMatchObject({
      authorKind: 'citizen',
      body: thumbsUp!.title,
    });
    await inbox.until((m) => m.seq > answer.seq + 1);
    const votes = await h.t.db.analyticsEvent.count({
      where: { type: 'feedback', serviceSlug: 'property-tax-payment' },
    });
    expect(votes).toBe(1);

    // History on re-join carries the rich content.
    const joined = await socket.emitWithAck('conversation.join', { conversationId, afterSeq: 0 });
    expect(joined.ok && joined.data.messages.find((m) => m.seq === answer.seq)?.content?.slug).toBe(
      'property-tax-payment',
    );
  });

  it('counts e-service click-outs per channel and redirects only to the guide URL', async () => {
    const res = await request(h.hub.url)
      .get('/api/chat/go/property-tax-payment?channel=viber&lang=en')
      .expect(302);
    expect(res.headers.location).toMatch(/^https:\/\//);
    expect(await h.t.db.analyticsEvent.count({ where: { type: 'click_out', channel: 'viber' } })).toBe(1);
    await request(h.hub.url).get('/api/chat/go/no-such-service').expect(404);
    await request(h.hub.url).get('/api/chat/go/property-tax-payment?channel=evil&lang=xx').expect(302);
  });

  it('refuses an openUrl action and a javascript: link in content', async () => {
    const { socket, conversationId } = await citizen();
    const res = await socket.emitWithAck('message.action', {
      conversationId,
      clientMessageId: cid(),
      action: { type: 'openUrl', title: 'x', value: 'javascript:alert(1)' },
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('relays typing and read receipts between citizen and agent', async () => {
    const { socket, conversationId } = await citizen();
    const staff = await agent();
    expect((await staff.emitWithAck('conversation.join', { conversationId, afterSeq: 0 })).ok).toBe(true);
    const typing = new Promise<TypingChanged>((resolve) => staff.once('typing.changed', resolve));
    expect((await socket.emitWithAck('typing', { conversationId, typing: true })).ok).toBe(true);
    expect(await typing).toEqual({ conversationId, authorKind: 'citizen', typing: true });
    const read = new Promise((resolve) => socket.once('message.read', resolve));
    expect((await staff.emitWithAck('message.read', { conversationId, seq: 1 })).ok).toBe(true);
    expect(await read).toEqual({ conversationId, authorKind: 'agent', seq: 1 });
    expect(await staff.emitWithAck('message.read', { conversationId, seq: 999 })).toMatchObject({
      ok: false,
    });
  });

  it('hands off into the help-desk queue with context, stays silent for the agent, and resumes on completion', async () => {
    const staff = await agent(); // an agent online, so the bot hands off instead of offering a call-back
    const { socket, inbox, conversationId } = await citizen();
    await socket.emitWithAck('message.send', {
      conversationId,
      clientMessageId: cid(),
      body: 'danak sgrada',
    });
    await inbox.until((m) => m.content?.slug === 'property-tax-payment');
    const queued = new Promise<QueueUpdated>((resolve) => socket.once('queue.updated', resolve));
    const requested = new Promise((resolve) => staff.once('handoff.requested', resolve));
    await socket.emitWithAck('message.send', {
      conversationId,
      clientMessageId: cid(),
      body: 'искам да говоря с човек',
    });

    expect(await requested).toMatchObject({
      conversationId,
      state: 'requested',
      serviceSlug: 'property-tax-payment',
    });
    const queue = await queued;
    expect(queue).toMatchObject({ conversationId, position: expect.any(Number) });
    expect(queue.estimatedWaitSeconds).toBeGreaterThan(0);
    const handoff = await h.t.db.handoffRequest.findFirst({ where: { conversationId } });
    expect(handoff).toMatchObject({
      state: 'requested',
      serviceSlug: 'property-tax-payment',
      reason: 'requested',
    });
    expect((await h.t.db.conversation.findUnique({ where: { id: conversationId } }))?.status).toBe('handoff');

    const accepted = await staff.emitWithAck('handoff.accept', { handoffId: handoff!.id });
    expect(accepted.ok).toBe(true);
    const botCount = async () => h.t.db.message.count({ where: { conversationId, authorKind: 'bot' } });
    const before = await botCount();
    await staff.emitWithAck('message.send', {
      conversationId,
      clientMessageId: cid(),
      body: 'Здравейте, аз съм от общината',
    });
    await socket.emitWithAck('message.send', {
      conversationId,
      clientMessageId: cid(),
      body: 'danak sgrada',
    });
    await new Promise((r) => setTimeout(r, 400));
    expect(await botCount()).toBe(before);

    const io = h.hub.io;
    await notifyHandoffStatus(io, conversationId, 'completed');
    expect(await botCount()).toBe(before + 1);
    expect((await h.t.db.conversation.findUnique({ where: { id: conversationId } }))?.status).toBe('open');
    await socket.emitWithAck('message.send', {
      conversationId,
      clientMessageId: cid(),
      body: 'danak sgrada',
    });
    await inbox.until((m) => m.seq > before + 4 && m.content?.slug === 'property-tax-payment');
  });
});
