// Viber end to end: real signed callbacks into the hub, replies sent over real HTTP to a fake Viber API on
// loopback (with a failure to retry), keyboards for quick replies, rich media for cards, a silent postback.
import { createViberClient, viberSignature } from '@hub/assistant/src/channels/index.ts';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApi, type FakeApi } from './support/fake-http.ts';
import { notifyHandoffStatus } from '@hub/server/src/bot-host/index.ts';
import { createLocalUser } from '@hub/server/src/staff/users.ts';
import { openSocket, staffCookie, startTestHub, type TestHub } from './support/hub.ts';

const TOKEN = '4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f';
let viber: FakeApi;
let h: TestHub;

beforeAll(async () => {
  let n = 0;
  viber = await startFakeApi(() => ({ status: 0, status_message: 'ok', message_token: ++n }));
  const config = { authToken: TOKEN, apiUrl: `${viber.url}/pa`, botName: 'София помага' };
  h = await startTestHub(
    { viber: config },
    { assistant: { viberClient: createViberClient({ ...config, backoffMs: 5 }) } },
  );
});
afterAll(async () => {
  await h?.close();
  await viber?.close();
});

function callback(payload: object, token = TOKEN) {
  const raw = JSON.stringify(payload);
  return request(h.hub.url)
    .post('/api/viber/webhook')
    .set('content-type', 'application/json')
    .set('X-Viber-Content-Signature', viberSignature(raw, token))
    .send(raw);
}

type Sent = {
  receiver: string;
  type: string;
  text?: string;
  keyboard?: { Buttons: { ActionBody: string; ActionType: string; Silent?: boolean }[] };
  rich_media?: { Buttons: { ActionType: string; ActionBody?: string }[] };
};

describe('the Viber channel', () => {
  it('rejects a callback whose signature is not made with the auth token', async () => {
    await callback({ event: 'webhook', timestamp: 1 }, 'some-other-token-0000000').expect(401);
    const raw = JSON.stringify({ event: 'webhook' });
    await request(h.hub.url).post('/api/viber/webhook').send(raw).expect(401);
    await callback({ event: 'webhook', timestamp: 1 }).expect(200);
  });

  it('welcomes on conversation_started in the response body', async () => {
    const res = await callback({
      event: 'conversation_started',
      user: { id: 'user-a==', language: 'bg' },
      subscribed: false,
    }).expect(200);
    expect(res.body).toMatchObject({ sender: { name: 'София помага' }, type: 'text' });
    expect(res.body.text).toMatch(/Здравейте/);
  });

  it('answers a message with text + rich media over the API, retrying a failed send, and takes a silent postback', async () => {
    const before = viber.requests.length;
    viber.failNext(503);
    await callback({
      event: 'message',
      message_token: 5001,
      sender: { id: 'user-b==', name: 'Иван', language: 'bg' },
      message: { type: 'text', text: 'danak sgrada' },
    }).expect(200);
    const sent = (await viber.waitFor(before + 2)).slice(before).map((r) => ({ ...r, body: r.body as Sent }));
    expect(viber.failed()).toBe(1); // the first send met a 503 and was retried
    expect(
      sent.every((r) => r.path === '/pa/send_message' && r.headers['x-viber-auth-token'] === TOKEN),
    ).toBe(true);
    expect(sent[0]!.body).toMatchObject({
      receiver: 'user-b==',
      type: 'text',
      sender: { name: 'София помага' },
    });
    const media = sent.find((r) => r.body.type === 'rich_media')!.body;
    const openUrl = media.rich_media!.Buttons.find((b) => b.ActionType === 'open-url');
    expect(openUrl?.ActionBody).toMatch(/\/api\/chat\/go\/property-tax-payment\?channel=viber&lang=bg$/);
    const thumbs = media.rich_media!.Buttons.find((b) => b.ActionType === 'reply')!;
    expect(thumbs.ActionBody).toMatch(/^hub:\{/);

    // Viber retries a callback it thinks failed: the same message_token is handled once.
    const count = viber.requests.length;
    await callback({
      event: 'message',
      message_token: 5001,
      sender: { id: 'user-b==' },
      message: { type: 'text', text: 'danak sgrada' },
    }).expect(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(viber.requests.length).toBe(count);

    await callback({
      event: 'message',
      message_token: 5002,
      sender: { id: 'user-b==' },
      message: { type: 'text', text: thumbs.ActionBody },
    }).expect(200);
    await viber.waitFor(count + 1);
    await expect
      .poll(() => h.t.db.analyticsEvent.count({ where: { type: 'feedback', channel: 'viber' } }))
      .toBe(1);
    const conversation = await h.t.db.conversation.findFirst({ where: { citizenId: 'viber:user-b==' } });
    expect(conversation?.channel).toBe('viber');
    expect(
      await h.t.db.message.count({ where: { conversationId: conversation!.id, authorKind: 'bot' } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it('hands off to the help desk: agent messages and the bot returning reach the Viber user', async () => {
    await createLocalUser(h.t.db, {
      email: 'agent@hub.local',
      displayName: 'Agent',
      role: 'agent',
      password: 'agent-password-123',
    });
    const agent = await openSocket(h.hub.url, {
      cookie: await staffCookie(h.hub.url, 'agent@hub.local', 'agent-password-123'),
    });
    try {
      const sentTo = (user: string) =>
        viber.requests.filter((r) => (r.body as Sent).receiver === user).map((r) => r.body as Sent);
      const requested = new Promise<{ id: string; conversationId: string }>((resolve) =>
        agent.once('handoff.requested', resolve),
      );
      await callback({
        event: 'message',
        message_token: 7001,
        sender: { id: 'user-d==' },
        message: { type: 'text', text: 'искам да говоря с човек' },
      }).expect(200);
      const handoff = await requested;
      await expect.poll(() => sentTo('user-d==').length).toBeGreaterThan(0);
      expect((await h.t.db.conversation.findUnique({ where: { id: handoff.conversationId } }))?.channel).toBe(
        'viber',
      );

      expect((await agent.emitWithAck('handoff.accept', { handoffId: handoff.id })).ok).toBe(true);
      const before = sentTo('user-d==').length;
      await agent.emitWithAck('message.send', {
        conversationId: handoff.conversationId,
        clientMessageId: 'agent-msg-0001',
        body: 'Здравейте, аз съм Мария от общината.',
      });
      await expect
        .poll(() =>
          sentTo('user-d==')
            .slice(before)
            .map((m) => m.text),
        )
        .toEqual(['Здравейте, аз съм Мария от общината.']);

      // While the agent has it, the citizen's messages do not make the bot talk.
      await callback({
        event: 'message',
        message_token: 7002,
        sender: { id: 'user-d==' },
        message: { type: 'text', text: 'danak sgrada' },
      }).expect(200);
      await new Promise((r) => setTimeout(r, 300));
      expect(sentTo('user-d==').length).toBe(before + 1);

      await notifyHandoffStatus(h.hub.io, handoff.conversationId, 'completed');
      await expect.poll(() => sentTo('user-d==').length).toBe(before + 2);
    } finally {
      agent.disconnect();
    }
  });

  it('gives up after a bounded number of attempts', async () => {
    const failedBefore = viber.failed();
    viber.failNext(500, 502, 503);
    const client = createViberClient({
      authToken: TOKEN,
      apiUrl: `${viber.url}/pa`,
      botName: 'x',
      attempts: 3,
      backoffMs: 1,
    });
    await expect(client.send('user-z', [{ type: 'text', text: 'hi' }])).rejects.toThrow(/HTTP 503/);
    expect(viber.failed() - failedBefore).toBe(3);
  });

  it('sends quick replies as a keyboard', async () => {
    const before = viber.requests.length;
    await callback({
      event: 'message',
      message_token: 6001,
      sender: { id: 'user-c==' },
      message: { type: 'text', text: 'здравейте' },
    }).expect(200);
    const sent = (await viber.waitFor(before + 1)).slice(before).map((r) => r.body as Sent);
    const withKeyboard = sent.find((m) => m.keyboard);
    expect(withKeyboard?.keyboard?.Buttons.length).toBeGreaterThan(0);
    expect(withKeyboard?.keyboard?.Buttons[0]).toMatchObject({ ActionType: 'reply', Silent: false });
  });
});
