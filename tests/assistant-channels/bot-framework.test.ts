// POST /api/messages through botbuilder's CloudAdapter, end to end: activities in over real HTTP, replies out to
// a fake Bot Connector service on loopback, state in the database. Authentication: the configured endpoint
// refuses unauthenticated requests; the documented anonymous mode (no app id, like the Emulator) is used to
// drive the rest.
import { anonymousBotFrameworkAuthentication } from '@hub/assistant/src/channels/index.ts';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApi, type FakeApi } from './support/fake-http.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

let connector: FakeApi;
let open: TestHub;
let secured: TestHub;
let n = 0;

beforeAll(async () => {
  connector = await startFakeApi(() => ({ id: `reply-${++n}` }));
  [open, secured] = await Promise.all([
    startTestHub({}, { assistant: { botFrameworkAuth: anonymousBotFrameworkAuthentication() } }),
    startTestHub({
      botFramework: {
        appId: '00000000-0000-0000-0000-000000000001',
        appPassword: 'not-a-real-secret',
        appType: 'MultiTenant',
      },
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([open?.close(), secured?.close()]);
  await connector?.close();
});

function activity(text: string, id: string) {
  return {
    type: 'message',
    id,
    channelId: 'directline',
    serviceUrl: connector.url,
    conversation: { id: 'bf-conv-1' },
    from: { id: 'bf-user-1', name: 'Citizen' },
    recipient: { id: 'hub-bot', name: 'Sofia' },
    text,
    locale: 'bg-BG',
    timestamp: new Date().toISOString(),
  };
}

type Reply = {
  type: string;
  text?: string;
  replyToId?: string;
  attachments?: { contentType: string; content: { title?: string } }[];
  channelData?: { slug?: string };
};

describe('the Bot Framework endpoint', () => {
  it('answers through the Bot Connector service, with a card about the service', async () => {
    const before = connector.requests.length;
    await request(open.hub.url).post('/api/messages').send(activity('danak sgrada', 'act-1')).expect(200);
    const replies = (await connector.waitFor(before + 1)).slice(before);
    expect(replies[0]!.path).toBe('/v3/conversations/bf-conv-1/activities/act-1');
    const card = replies.map((r) => r.body as Reply).find((r) => r.attachments?.length);
    expect(card?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(card?.channelData?.slug).toBe('property-tax-payment');
    expect(card?.replyToId).toBe('act-1');
  });

  it('keeps the conversation state in the database: a follow-up is answered from the same guide', async () => {
    const before = connector.requests.length;
    await request(open.hub.url).post('/api/messages').send(activity('колко струва?', 'act-2')).expect(200);
    const replies = (await connector.waitFor(before + 1)).slice(before).map((r) => r.body as Reply);
    expect(replies.some((r) => r.channelData?.slug === 'property-tax-payment')).toBe(true);
    const state = await open.t.db.botState.findMany();
    // ConversationState's key: channel/conversations/conversation-id/ (the bot's own namespace is the trailing part).
    expect(state.map((s) => s.id)).toEqual(['directline/conversations/bf-conv-1/']);
  });

  it('offers a call-back instead of a live handoff the channel could not come back from', async () => {
    const before = connector.requests.length;
    await request(open.hub.url)
      .post('/api/messages')
      .send(activity('искам да говоря с човек', 'act-5'))
      .expect(200);
    const replies = (await connector.waitFor(before + 1)).slice(before).map((r) => r.body as Reply);
    expect(replies.some((r) => r.type === 'event')).toBe(false);
    expect(replies.map((r) => r.text).join(' ')).toMatch(/свърже с вас|обади/i);
  });

  it('refuses an unauthenticated request when app credentials are configured', async () => {
    const before = connector.requests.length;
    await request(secured.hub.url).post('/api/messages').send(activity('danak sgrada', 'act-3')).expect(401);
    await request(secured.hub.url)
      .post('/api/messages')
      .set('authorization', 'Bearer not.a.token')
      .send(activity('danak sgrada', 'act-4'))
      .expect(401);
    expect(connector.requests.length).toBe(before);
  });
});
