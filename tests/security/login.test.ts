// Brute force against staff sign-in: per-address rate limit, per-account lock across addresses, and the
// session cookie's flags.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecurityHub, type SecurityHub } from './support/hub.ts';
import { figure } from './support/report.ts';

let h: SecurityHub;
const LIMIT = 5; // loginAttemptsPer15Min in the test configuration

beforeAll(async () => {
  // One proxy hop is trusted, so X-Forwarded-For stands for different attackers' addresses.
  h = await startSecurityHub({ config: { trustProxy: 1, loginAttemptsPer15Min: LIMIT } });
});
afterAll(async () => {
  await h?.close();
});

function login(email: string, password: string, from: string) {
  return request(h.hub.url)
    .post('/api/staff/login')
    .set('origin', h.origin)
    .set('x-forwarded-for', from)
    .send({ email, password });
}

describe('staff sign-in under brute force', () => {
  it('sets an HttpOnly, SameSite session cookie and refuses a foreign Origin', async () => {
    const res = await login('ana@hub.local', 'ana-password-123', '198.51.100.1').expect(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=(Lax|Strict)/i);
    const cross = await login('ana@hub.local', 'ana-password-123', '198.51.100.1').set(
      'origin',
      'https://evil.example',
    );
    expect(cross.status).toBe(403);
  });

  it('one address: after the limit of failures even the right password is refused (429), others are not', async () => {
    const from = '203.0.113.7';
    for (let i = 0; i < LIMIT; i += 1)
      expect((await login('boris@hub.local', `wrong-${i}-password`, from)).status).toBe(401);
    const blocked = await login('boris@hub.local', 'boris-password-123', from);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({ code: 'rate_limited', message: expect.any(String) });
    // A colleague elsewhere signs in normally.
    expect((await login('boris@hub.local', 'boris-password-123', '203.0.113.8')).status).toBe(200);
  });

  it('one account from many addresses: locked after twice the limit, whatever the address', async () => {
    let tried = 0;
    let firstLocked = -1;
    for (let i = 0; i < LIMIT * 3; i += 1) {
      const res = await login('sofia@hub.local', `guess-${i}-password`, `192.0.2.${10 + i}`);
      tried += 1;
      expect([401, 429]).toContain(res.status);
      if (res.status === 429 && firstLocked < 0) firstLocked = i;
    }
    figure(
      `login brute force: ${tried} guesses from ${tried} addresses, locked from guess ${firstLocked + 1}`,
    );
    expect(firstLocked).toBe(LIMIT * 2);
    // Locked for the window even with the right password, from a fresh address; other accounts are unaffected.
    expect((await login('sofia@hub.local', 'sofia-password-123', '192.0.2.200')).status).toBe(429);
    expect((await login('editor@hub.local', 'editor-password-123', '192.0.2.201')).status).toBe(200);
    // The e-mail's spelling does not reset the count.
    expect((await login(' SOFIA@hub.local ', 'x-wrong-password', '192.0.2.202')).status).toBe(429);
  });

  it('a malformed or huge sign-in body is a clear 4xx, never a 5xx', async () => {
    const bodies: unknown[] = [
      null,
      [],
      'text',
      { email: ['a'] },
      { email: { $ne: null }, password: { $gt: '' } },
      { email: 'a@b.c', password: 'x'.repeat(9000) },
      { __proto__: { admin: true }, email: 'a@b.c', password: 'p' },
    ];
    for (const [i, body] of bodies.entries()) {
      const res = await request(h.hub.url)
        .post('/api/staff/login')
        .set('origin', h.origin)
        .set('x-forwarded-for', `198.18.0.${i + 1}`)
        .set('content-type', 'application/json')
        .send(JSON.stringify(body));
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(body)).toBeLessThan(500);
      expect(res.body.code).toEqual(expect.any(String));
    }
  });
});
