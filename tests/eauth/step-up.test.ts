import type { CitizenIdentityView, StaffIdentityView } from '@hub/contract';
import { io } from 'socket.io-client';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestHandoff } from '../../server/src/conversations/store.ts';
import { pseudonymise } from '../../server/src/privacy/pseudonym.ts';
import { TEST_PSEUDONYM_SECRET } from '../../server/src/eauth/testing/fixture.ts';
import { call, next, startTestHub, type Client, type TestHub } from '../helpdesk/support/hub.ts';
import { localEauth, loginOverHttp } from './support/local-eauth.ts';

const EGN = '8032056031';
const NAME = 'МАРИЯ ГЕОРГИЕВА ИВАНОВА';
let h: TestHub;
const sockets: Client[] = [];

beforeAll(async () => {
  h = await startTestHub({ eauth: localEauth });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await h?.close();
});

async function citizenConversation(): Promise<{ socket: Client; conversationId: string; token: string }> {
  // Our own token (not the helper's), so that the login form can prove the conversation is ours.
  const token = (await request(h.hub.url).post('/api/citizen-token').expect(201)).body.token as string;
  const socket: Client = io(h.hub.url, {
    transports: ['websocket'],
    auth: { citizenToken: token },
    extraHeaders: { origin: h.origin },
    forceNew: true,
    reconnection: false,
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const { conversationId } = await call<{ conversationId: string }>(socket, 'conversation.start', {
    channel: 'web',
    lang: 'bg',
  });
  return { socket, conversationId, token };
}

const form = (conversationId: string, token: string, level = 'SUBSTANTIAL') => ({
  purpose: 'citizen',
  returnPath: '/services/heirs-certificate?x=1',
  conversationId,
  level,
  lang: 'bg',
  citizenToken: token,
});

describe('eAuth step-up in a conversation (real hub, local test IdP)', () => {
  it('serves the SP metadata and refuses the test IdP nowhere else than local mode', async () => {
    const res = await request(h.hub.url).get('/eauth/metadata').expect(200);
    expect(res.text).toContain(`entityID="${h.origin}/eauth/metadata"`);
    await request(h.hub.url)
      .get('/api/eauth/info')
      .expect(200, { enabled: true, levels: ['SUBSTANTIAL', 'HIGH'] });
  });

  it('agent asks → citizen signs in → staff see nothing until consent → then badge and name; opening is audited', async () => {
    const { socket: citizen, conversationId, token } = await citizenConversation();
    const handoff = await requestHandoff(h.t.db, { conversationId });
    const agent = await h.agent('ana');
    // The agent has the conversation open (its room): identity pushes reach only such staff sockets.
    await call(agent, 'helpdesk.open', { conversationId });
    const elsewhere = await h.agent('boris');
    const leaked: unknown[] = [];
    elsewhere.on('identity.shared', (v) => leaked.push(v));

    const requested = next<CitizenIdentityView>(citizen, 'identity.updated', 10_000);
    const asked = await call<StaffIdentityView>(agent, 'identity.request', { conversationId, level: 'HIGH' });
    expect(asked).toMatchObject({ verified: false, requested: 'HIGH', name: null });
    expect(await requested).toMatchObject({
      state: 'requested',
      request: { level: 'HIGH', reason: 'agent', by: 'agent' },
    });

    const sharedEvents: StaffIdentityView[] = [];
    agent.on('identity.shared', (v) => sharedEvents.push(v));
    const loggedIn = next<CitizenIdentityView>(citizen, 'identity.updated', 20_000);
    const login = await loginOverHttp(h.hub.url, form(conversationId, token, 'HIGH'), 'ivanova');
    expect(login.status).toBe(303);
    expect(login.location).toBe('/services/heirs-certificate?x=1#eauth=ok');
    // The citizen sees their name in the consent question; staff do not, yet.
    expect(await loggedIn).toMatchObject({ state: 'consent', level: 'HIGH', name: NAME });
    const before = await call<StaffIdentityView>(agent, 'identity.status', { conversationId });
    expect(before).toEqual({
      conversationId,
      verified: false,
      level: null,
      name: null,
      kind: null,
      requested: null,
    });
    expect(JSON.stringify(sharedEvents)).not.toContain(NAME);

    const row = await h.t.db.conversationIdentity.findUniqueOrThrow({ where: { conversationId } });
    expect(row).toMatchObject({
      pseudonym: pseudonymise(EGN, TEST_PSEUDONYM_SECRET),
      level: 'HIGH',
      name: null,
      consentGiven: false,
      consentAt: null,
    });

    const shared = next<StaffIdentityView>(agent, 'identity.shared', 10_000);
    const answer = await call<CitizenIdentityView>(citizen, 'identity.consent', {
      conversationId,
      share: true,
    });
    expect(answer).toMatchObject({ state: 'shared', name: NAME });
    expect(await shared).toEqual({
      conversationId,
      verified: true,
      level: 'HIGH',
      name: NAME,
      kind: 'person',
      requested: null,
    });
    expect((await h.t.db.conversationIdentity.findUniqueOrThrow({ where: { conversationId } })).name).toBe(
      NAME,
    );

    await call(agent, 'helpdesk.open', { conversationId });
    await call(agent, 'helpdesk.open', { conversationId });
    const audits = await h.t.db.auditLog.findMany({
      where: { action: 'identity.conversation_opened', targetId: conversationId },
      orderBy: { at: 'asc' },
    });
    // Read before consent (nothing shown), shown by the push, then opened; a repeat within a minute is one.
    expect(audits.map((a) => [a.actorId, JSON.parse(a.detail ?? '{}')])).toEqual([
      [h.staff.ana!.id, { level: 'HIGH', shared: false, via: 'identity.status' }],
      [h.staff.ana!.id, { level: 'HIGH', shared: true, via: 'identity.shared' }],
      [h.staff.ana!.id, { level: 'HIGH', shared: true, via: 'helpdesk.open' }],
    ]);
    // A colleague without the conversation open heard nothing.
    expect(leaked).toEqual([]);

    // Closing the case removes the name; the verified level and the consent stay on record.
    await call(agent, 'helpdesk.claim', { handoffId: handoff.id });
    await call(agent, 'helpdesk.close', { conversationId, resolution: 'resolved' });
    expect(await h.t.db.conversationIdentity.findUniqueOrThrow({ where: { conversationId } })).toMatchObject({
      name: null,
      level: 'HIGH',
      consentGiven: true,
    });

    // Nothing raw anywhere: no ЕГН, no PNOBG identifier, in any eAuth table or the audit log.
    const everything = JSON.stringify([
      await h.t.db.eauthPendingRequest.findMany(),
      await h.t.db.eauthSeenAssertion.findMany(),
      await h.t.db.conversationIdentity.findMany(),
      await h.t.db.auditLog.findMany(),
      await h.t.db.message.findMany(),
    ]);
    expect(everything).not.toContain(EGN);
    expect(everything).not.toContain('PNOBG');
  });

  it('declining keeps the name out of the database and staff see nothing', async () => {
    const { socket: citizen, conversationId, token } = await citizenConversation();
    const login = await loginOverHttp(h.hub.url, form(conversationId, token), 'petrov');
    expect(login.location).toMatch(/#eauth=ok$/);
    const answer = await call<CitizenIdentityView>(citizen, 'identity.consent', {
      conversationId,
      share: false,
    });
    expect(answer).toMatchObject({ state: 'not_shared', name: null });
    const agent = await h.agent('boris');
    expect(await call<StaffIdentityView>(agent, 'identity.status', { conversationId })).toMatchObject({
      verified: false,
      name: null,
    });
    expect(
      (await h.t.db.conversationIdentity.findUniqueOrThrow({ where: { conversationId } })).name,
    ).toBeNull();
  });

  it('a cancelled login goes back to the same page saying so, storing nothing', async () => {
    const { conversationId, token } = await citizenConversation();
    const login = await loginOverHttp(h.hub.url, form(conversationId, token), 'cancel');
    expect(login.status).toBe(303);
    expect(login.location).toBe('/services/heirs-certificate?x=1#eauth=login_cancelled');
    expect(await h.t.db.conversationIdentity.findUnique({ where: { conversationId } })).toBeNull();
  });

  it('refuses to start a login for someone else’s conversation, or without the citizen token', async () => {
    const victim = await citizenConversation();
    const attacker = await citizenConversation();
    for (const body of [
      form(victim.conversationId, attacker.token),
      { ...form(victim.conversationId, ''), citizenToken: 'forged.token' },
      { ...form(victim.conversationId, victim.token), returnPath: 'https://evil.example/' },
    ]) {
      const res = await loginOverHttp(h.hub.url, body, 'ivanova');
      expect(res.status).toBe(400);
      expect(res.html).toContain('data-error-code="invalid_login_request"');
    }
    expect(await h.t.db.eauthPendingRequest.count({ where: { conversationId: victim.conversationId } })).toBe(
      0,
    );
  });

  it('citizens cannot ask for identity or read another conversation; agents cannot consent', async () => {
    const a = await citizenConversation();
    const b = await citizenConversation();
    await expect(call(a.socket, 'identity.request', { conversationId: a.conversationId })).rejects.toThrow(
      /forbidden/,
    );
    await expect(call(a.socket, 'identity.status', { conversationId: b.conversationId })).rejects.toThrow(
      /not_found/,
    );
    const agent = await h.agent('ana');
    await expect(
      call(agent, 'identity.consent', { conversationId: a.conversationId, share: true }),
    ).rejects.toThrow(/forbidden/);
    await expect(
      call(a.socket, 'identity.consent', { conversationId: a.conversationId, share: true }),
    ).rejects.toThrow(/conflict/);
  });
});
