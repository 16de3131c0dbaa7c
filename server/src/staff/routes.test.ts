import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type HubApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db/testing.ts';
import { createLogger } from '../logger.ts';
import { createFakeKnowledgeBase } from '../testing/fake-kb.ts';
import { testConfig } from '../testing/test-config.ts';
import { hashToken } from './sessions.ts';
import { bootstrapAdmin, createLocalUser } from './users.ts';

let t: TestDatabase;
let hub: HubApp;
let admin: { email: string; password: string };
const ORIGIN = 'http://localhost:3000';

beforeAll(async () => {
  t = await createTestDatabase('sqlite');
  hub = createApp(testConfig(), { db: t.db, kb: createFakeKnowledgeBase(), logger: createLogger('silent') });
  admin = (await bootstrapAdmin(t.db))!;
  await createLocalUser(t.db, {
    email: 'agent@hub.local',
    displayName: 'Agent',
    role: 'agent',
    password: 'agent-password-123',
  });
});
afterAll(async () => t?.drop());

async function login(email: string, password: string) {
  const agent = request.agent(hub.app);
  const res = await agent
    .post('/api/staff/login')
    .set('Origin', ORIGIN)
    .send({ email, password })
    .expect(200);
  return { agent, csrf: res.body.csrfToken as string, res };
}

describe('first-run admin', () => {
  it('is created once, with a random password stored only as an argon2id hash', async () => {
    expect(admin.password.length).toBeGreaterThanOrEqual(20);
    expect(await bootstrapAdmin(t.db)).toBeNull();
    const row = await t.db.staffUser.findUnique({ where: { email: admin.email } });
    expect(row?.role).toBe('admin');
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain(admin.password);
  });
});

describe('staff sign-in', () => {
  it('sets an httpOnly signed session cookie stored only as a hash, and /me answers with the CSRF token', async () => {
    const { agent, csrf, res } = await login(admin.email, admin.password);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^hub_session=s%3A/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const token = decodeURIComponent(setCookie.split(';')[0]!.split('=')[1]!).slice(2).split('.')[0]!;
    expect(await t.db.staffSession.findUnique({ where: { id: token } })).toBeNull();
    expect(await t.db.staffSession.findUnique({ where: { id: hashToken(token) } })).not.toBeNull();
    const me = await agent.get('/api/staff/me').expect(200);
    expect(me.body).toEqual({
      user: expect.objectContaining({ email: admin.email, role: 'admin' }),
      csrfToken: csrf,
    });
  });

  it('answers a wrong password and an unknown e-mail alike, and audits the failure without the e-mail', async () => {
    const a = await request(hub.app)
      .post('/api/staff/login')
      .send({ email: admin.email, password: 'wrong' })
      .expect(401);
    const b = await request(hub.app)
      .post('/api/staff/login')
      .send({ email: 'nobody@hub.local', password: 'wrong' })
      .expect(401);
    expect(a.body).toEqual(b.body);
    const failures = await t.db.auditLog.findMany({ where: { action: 'staff.login_failed' } });
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(failures)).not.toContain('nobody@hub.local');
  });

  it('refuses a login posted from another origin', async () => {
    const res = await request(hub.app)
      .post('/api/staff/login')
      .set('Origin', 'https://evil.example')
      .send({ email: admin.email, password: admin.password })
      .expect(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('requires a session for /me', async () => {
    expect((await request(hub.app).get('/api/staff/me').expect(401)).body.code).toBe('unauthorized');
  });
});

describe('cookie-authenticated changes', () => {
  const newUser = {
    email: 'editor@hub.local',
    displayName: 'Editor',
    role: 'editor',
    password: 'editor-password-123',
  };

  it('need the CSRF token', async () => {
    const { agent } = await login(admin.email, admin.password);
    expect(
      (await agent.post('/api/staff/users').set('Origin', ORIGIN).send(newUser).expect(403)).body.code,
    ).toBe('csrf_failed');
    expect(
      (
        await agent
          .post('/api/staff/users')
          .set('Origin', ORIGIN)
          .set('x-csrf-token', 'guess')
          .send(newUser)
          .expect(403)
      ).body.code,
    ).toBe('csrf_failed');
  });

  it('need a same-origin request', async () => {
    const { agent, csrf } = await login(admin.email, admin.password);
    await agent
      .post('/api/staff/users')
      .set('Origin', 'https://evil.example')
      .set('x-csrf-token', csrf)
      .send(newUser)
      .expect(403);
  });

  it('need the right role, and are audited', async () => {
    const asAgent = await login('agent@hub.local', 'agent-password-123');
    const denied = await asAgent.agent
      .post('/api/staff/users')
      .set('x-csrf-token', asAgent.csrf)
      .send(newUser)
      .expect(403);
    expect(denied.body.code).toBe('forbidden');

    const asAdmin = await login(admin.email, admin.password);
    const created = await asAdmin.agent
      .post('/api/staff/users')
      .set('x-csrf-token', asAdmin.csrf)
      .send(newUser)
      .expect(201);
    expect(created.body).toMatchObject({ email: 'editor@hub.local', role: 'editor' });
    await asAdmin.agent.post('/api/staff/users').set('x-csrf-token', asAdmin.csrf).send(newUser).expect(409);
    const audit = await t.db.auditLog.findFirst({
      where: { action: 'staff.user_created', targetId: created.body.id },
    });
    expect(audit?.actorId).toBe(asAdmin.res.body.user.id);
    expect(audit?.detail).not.toContain('password');

    // An editor can sign in and out even though it has no agent rights.
    const asEditor = await login('editor@hub.local', 'editor-password-123');
    await asEditor.agent.post('/api/staff/logout').set('x-csrf-token', asEditor.csrf).expect(204);
    await asEditor.agent.get('/api/staff/me').expect(401);
  });
});

describe('POST /api/staff/password', () => {
  it('changes the password with the current one, ends the other sessions, and audits it', async () => {
    await createLocalUser(t.db, {
      email: 'pw@hub.local',
      displayName: 'PW',
      role: 'agent',
      password: 'first-password-123',
    });
    const other = await login('pw@hub.local', 'first-password-123');
    const current = await login('pw@hub.local', 'first-password-123');
    const change = (currentPassword: string, newPassword: string) =>
      current.agent
        .post('/api/staff/password')
        .set('x-csrf-token', current.csrf)
        .send({ currentPassword, newPassword });
    expect((await change('wrong-password', 'second-password-123')).status).toBe(403);
    expect((await change('first-password-123', 'short')).status).toBe(400);
    expect((await change('first-password-123', 'first-password-123')).status).toBe(400);
    await current.agent
      .post('/api/staff/password')
      .send({ currentPassword: 'first-password-123', newPassword: 'second-password-123' })
      .expect(403);
    expect((await change('first-password-123', 'second-password-123')).status).toBe(204);

    await current.agent.get('/api/staff/me').expect(200);
    await other.agent.get('/api/staff/me').expect(401);
    await request(hub.app)
      .post('/api/staff/login')
      .send({ email: 'pw@hub.local', password: 'first-password-123' })
      .expect(401);
    await login('pw@hub.local', 'second-password-123');
    expect(await t.db.auditLog.count({ where: { action: 'staff.password_changed' } })).toBe(1);
  });
});

describe('GET /api/staff/audit', () => {
  it('shows supervisors and admins what staff did, newest first; agents may not read it', async () => {
    const asAdmin = await login(admin.email, admin.password);
    const res = await asAdmin.agent.get('/api/staff/audit?action=staff.login&limit=2').expect(200);
    expect(res.body.entries).toHaveLength(2);
    expect(res.body.entries[0]).toMatchObject({
      action: 'staff.login',
      actorId: asAdmin.res.body.user.id,
      detail: { provider: 'local' },
    });
    expect(res.body.entries[0].at >= res.body.entries[1].at).toBe(true);
    const asAgent = await login('agent@hub.local', 'agent-password-123');
    expect((await asAgent.agent.get('/api/staff/audit').expect(403)).body.code).toBe('forbidden');
    await asAdmin.agent.get('/api/staff/audit?limit=0').expect(400);
  });
});

describe('login rate limiting', () => {
  it('blocks after the configured number of failures', async () => {
    const app = createApp(testConfig({ loginAttemptsPer15Min: 2 }), {
      db: t.db,
      kb: createFakeKnowledgeBase(),
      logger: createLogger('silent'),
    }).app;
    for (let i = 0; i < 2; i++)
      await request(app).post('/api/staff/login').send({ email: admin.email, password: 'bad' }).expect(401);
    const res = await request(app)
      .post('/api/staff/login')
      .send({ email: admin.email, password: admin.password })
      .expect(429);
    expect(res.body.code).toBe('rate_limited');
  });
});
