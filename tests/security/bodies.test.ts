// Hostile HTTP input on every route the router stack has: malformed, oversize, deeply nested and prototype-
// polluting JSON bodies on every change, odd query strings on every read. Never a 5xx, always {code,message}.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS } from './access-table.ts';
import { startSecurityHub, type SecurityHub } from './support/hub.ts';
import { concretePath, listRoutes, type RouteEntry } from './support/routes.ts';
import { figure } from './support/report.ts';

let h: SecurityHub;
let routes: RouteEntry[];

beforeAll(async () => {
  h = await startSecurityHub();
  routes = listRoutes(h.hub.hub.app);
});
afterAll(async () => {
  await h?.close();
});

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
const RAW_BODIES: [string, string, string][] = [
  ['malformed JSON', 'application/json', '{"email": "a@b.c",'],
  // Beyond every parser's limit (10 kB for the API, larger for the guide editor).
  ['oversize JSON', 'application/json', JSON.stringify({ body: 'я'.repeat(1_200_000) })],
  ['deeply nested JSON', 'application/json', deep],
  ['JSON null', 'application/json', 'null'],
  ['JSON array', 'application/json', '[1,2,3]'],
  ['JSON number', 'application/json', '1e999'],
  [
    'prototype pollution',
    'application/json',
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
  ],
  ['text body', 'text/plain', '<script>alert(1)</script>'],
  ['form body', 'application/x-www-form-urlencoded', 'a[b][c][d][e]=1&__proto__[polluted]=yes'],
  ['bad charset', 'application/json; charset=klingon', '{}'],
];
const QUERIES = [
  'q=' + encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(40)),
  'q[]=a&q[]=b&lang[$ne]=bg',
  'limit=-1&days=1e99&page=NaN&offset=99999999999999999999',
  'lang=xx&format=../../etc/passwd',
  '__proto__[polluted]=yes&constructor[prototype][polluted]=yes',
  'q=%E0%A4%A&lang=%00',
];

/** HTML form endpoints of the SAML exchange (server/src/eauth): the IdP and the browser post forms there. */
const FORM_ROUTES = /^\/(eauth\/acs|test-idp\/)/;

async function asAllowed(route: RouteEntry) {
  const access = ACCESS[`${route.method} ${route.path}`];
  if (!Array.isArray(access)) return {};
  const session = await h.cachedSession(access.includes('admin') ? 'admin' : access[0]!);
  // Signing out ends the cached session: the next route gets a new one.
  if (route.path.endsWith('/logout')) h.forgetSessions();
  return session;
}

describe('hostile HTTP input on every route', () => {
  it('bodies on every change and queries on every read: no 5xx, errors as {code,message}, no pollution', async () => {
    const problems: string[] = [];
    let tried = 0;
    const check = (what: string, res: request.Response) => {
      tried += 1;
      if (res.status >= 500)
        problems.push(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
      else if (res.status >= 400 && res.type === 'application/json' && typeof res.body?.code !== 'string')
        problems.push(`${what}: ${res.status} without a code`);
    };
    for (const route of routes) {
      const s = (await asAllowed(route)) as { cookie?: string; csrf?: string };
      const path = concretePath(route.path);
      const method = route.method.toLowerCase() as 'post';
      if (UNSAFE.has(route.method)) {
        const answers = await Promise.all(
          RAW_BODIES.map(async ([name, type, body]) => {
            // The SAML endpoints take HTML form posts only (a JSON body is not read): send them forms.
            const form = FORM_ROUTES.test(route.path) && type === 'application/json';
            const agent = request(h.hub.url);
            let req = agent[method](path)
              .set('origin', h.origin)
              .set('content-type', form ? 'application/x-www-form-urlencoded' : type);
            if (s.cookie) req = req.set('cookie', s.cookie).set('x-csrf-token', s.csrf!);
            return { name, res: await req.send(form ? `SAMLResponse=${encodeURIComponent(body)}` : body) };
          }),
        );
        for (const { name, res } of answers) {
          check(`${route.method} ${route.path} ${name}`, res);
          if (name === 'oversize JSON' && res.status !== 413 && res.status !== 401 && res.status !== 403)
            problems.push(`${route.method} ${route.path}: oversize body answered ${res.status}`);
        }
      } else {
        const answers = await Promise.all(
          QUERIES.map(async (query) => {
            let req = request(h.hub.url).get(`${path}?${query}`);
            if (s.cookie) req = req.set('cookie', s.cookie);
            return { query, res: await req };
          }),
        );
        for (const { query, res } of answers) check(`GET ${route.path}?${query.slice(0, 30)}`, res);
      }
    }
    figure(`hostile HTTP input: ${tried} requests on ${routes.length} routes`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problems).toEqual([]);
  }, 90_000);

  it('an oversize or malformed body names its problem', async () => {
    const big = await request(h.hub.url)
      .post('/api/events')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ type: 'x', pad: 'x'.repeat(20_000) }));
    expect(big.status).toBe(413);
    expect(big.body).toEqual({ code: 'payload_too_large', message: expect.any(String) });
    const bad = await request(h.hub.url)
      .post('/api/events')
      .set('content-type', 'application/json')
      .send('{"a":');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ code: 'invalid_request', message: expect.any(String) });
  });
});
