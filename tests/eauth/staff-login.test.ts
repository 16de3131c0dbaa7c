import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonymise } from '../../server/src/privacy/pseudonym.ts';
import { TEST_PSEUDONYM_SECRET } from '../../server/src/eauth/testing/fixture.ts';
import { createLocalUser } from '../../server/src/staff/users.ts';
import { startTestHub, type TestHub } from '../helpdesk/support/hub.ts';
import { localEauth, loginOverHttp } from './support/local-eauth.ts';

const PETROV_EGN = '7523169263';
let h: TestHub;
let admin: { cookie: string; csrf: string };

beforeAll(async () => {
  h = await startTestHub({ eauth: localEauth });
  await createLocalUser(h.t.db, {
    email: 'root@hub.local',
    displayName: 'Админ',
    role: 'admin',
    password: 'root-password-123',
  });
  const res = await request(h.hub.url)
    .post('/api/staff/login')
    .set('origin', h.origin)
    .send({ email: 'root@hub.local', password: 'root-password-123' })
    .expect(200);
  admin = { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: res.body.csrfToken as string };
});
afterAll(async () => {
  await h?.close();
});

const staffForm = (extra: Record<string, string> = {}) => ({
  purpose: 'staff',
  returnPath: '/apps/helpdesk/',
  level: 'SUBSTANTIAL',
  lang: 'bg',
  ...extra,
});

function issueCode(staffUserId: string, as = admin) {
  return request(h.hub.url)
    .post(`/api/eauth/staff-links/${staffUserId}`)
    .set('origin', h.origin)
    .set('cookie', as.cookie)
    .set('x-csrf-token', as.csrf)
    .send({});
}

/** Follows the ACS's redirect to /eauth/staff-session; returns the final Location and the session cookie. */
async function finish(location: string | null) {
  expect(location).toMatch(/^\/eauth\/staff-session\?ticket=/);
  const res = await request(h.hub.url).get(location!).redirects(0);
  return { status: res.status, location: res.headers.location as string, cookie: res.headers['set-cookie'] };
}

describe('staff sign-in with eAuth (an admin links an account with a one-time code)', () => {
  it('admin issues a code, the colleague completes it by signing in, then signs in with eAuth alone', async () => {
    const anaId = h.staff.ana!.id;
    const issued = await issueCode(anaId).expect(201);
    expect(issued.body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const linked = await loginOverHttp(h.hub.url, staffForm({ linkCode: issued.body.code }), 'petrov');
    const first = await finish(linked.location);
    expect(first.status).toBe(303);
    expect(first.location).toBe('/apps/helpdesk/#eauth=ok');
    const cookie = String(first.cookie).split(';')[0]!;
    const me = await request(h.hub.url).get('/api/staff/me').set('cookie', cookie).expect(200);
    expect(me.body.user.id).toBe(anaId);

    const row = await h.t.db.staffEauthLink.findUniqueOrThrow({ where: { staffUserId: anaId } });
    expect(row.pseudonym).toBe(pseudonymise(PETROV_EGN, TEST_PSEUDONYM_SECRET));
    expect(row.codeHash).toBeNull();
    expect(JSON.stringify(await h.t.db.staffEauthLink.findMany())).not.toContain(PETROV_EGN);

    // Later: eAuth alone signs her in.
    const again = await finish((await loginOverHttp(h.hub.url, staffForm(), 'petrov')).location);
    expect(again.location).toBe('/apps/helpdesk/#eauth=ok');

    // The code was spent: a second use cannot even start a login.
    const reused = await loginOverHttp(h.hub.url, staffForm({ linkCode: issued.body.code }), 'ivanova');
    expect(reused.status).toBe(400);

    const actions = (await h.t.db.auditLog.findMany({ where: { action: { startsWith: 'staff.' } } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['staff.eauth_link_issued', 'staff.eauth_linked', 'staff.login']),
    );
  });

  it('an unlinked identity, a replayed ticket, a low level and a non-admin are all refused', async () => {
    const unknown = await loginOverHttp(h.hub.url, staffForm(), 'ivanova');
    expect(unknown.location).toBe('/apps/helpdesk/#eauth=not_linked');

    const login = await loginOverHttp(h.hub.url, staffForm(), 'petrov');
    await finish(login.location);
    const replay = await finish(login.location);
    expect(replay.location).toBe('/apps/helpdesk/#eauth=session_expired');
    expect(replay.cookie).toBeUndefined();

    const low = await loginOverHttp(h.hub.url, staffForm({ level: 'LOW' }), 'petrov');
    expect(low.status).toBe(400);

    const sofia = await h.login('sofia');
    await issueCode(h.staff.boris!.id, sofia).expect(403);
    await request(h.hub.url)
      .get('/api/eauth/staff-links')
      .set('cookie', (await h.login('ana')).cookie)
      .expect(403);
  });

  it('admin sees who is linked and can unlink', async () => {
    const list = await request(h.hub.url)
      .get('/api/eauth/staff-links')
      .set('cookie', admin.cookie)
      .expect(200);
    const ana = list.body.users.find((u: { id: string }) => u.id === h.staff.ana!.id);
    expect(ana).toMatchObject({ linked: true, pending: false });
    expect(JSON.stringify(list.body)).not.toMatch(/pseudonym|[0-9a-f]{64}/);
    await request(h.hub.url)
      .delete(`/api/eauth/staff-links/${h.staff.ana!.id}`)
      .set('origin', h.origin)
      .set('cookie', admin.cookie)
      .set('x-csrf-token', admin.csrf)
      .expect(204);
    const after = await loginOverHttp(h.hub.url, staffForm(), 'petrov');
    expect(after.location).toBe('/apps/helpdesk/#eauth=not_linked');
  });
});
