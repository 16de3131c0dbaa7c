// Every HTTP route (found in the express app's router stack) against every principal: anonymous and each
// staff role. The expected access is the explicit table in access-table.ts; a route missing from it fails.
// Also CSRF and Origin on every cookie-authenticated change.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../server/src/api/openapi.ts';
import { ACCESS, CITIZEN_PROBES, type Access } from './access-table.ts';
import { PRINCIPALS, ROLES, startSecurityHub, type Principal, type SecurityHub } from './support/hub.ts';
import { concretePath, listRoutes, type RouteEntry } from './support/routes.ts';
import { figure } from './support/report.ts';

let h: SecurityHub;
let routes: RouteEntry[];
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const keyOf = (r: RouteEntry) => `${r.method} ${r.path}`;

beforeAll(async () => {
  h = await startSecurityHub();
  routes = listRoutes(h.hub.hub.app);
});
afterAll(async () => {
  await h?.close();
});

async function call(
  route: RouteEntry,
  as: Principal,
  options: { csrf?: boolean; origin?: string | null; body?: object } = {},
) {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let req = request(h.hub.url)[method](concretePath(route.path));
  const origin = options.origin === undefined ? h.origin : options.origin;
  if (origin !== null) req = req.set('origin', origin);
  if (as !== 'anonymous') {
    const s = await h.cachedSession(as);

    req = req.set('cookie', s.cookie);
    if (options.csrf !== false) req = req.set('x-csrf-token', s.csrf);
  }
  if (UNSAFE.has(route.method)) req = req.send(options.body ?? {});
  return req;
}

const denied = (status: number) => status === 401 || status === 403;

function expectedFor(access: Access, who: Principal): 'allowed' | 401 | 403 {
  if (access === 'public' || access === 'citizen') return 'allowed';
  if (access === 'device') return 401;
  if (who === 'anonymous') return 401;
  return access.includes(who) ? 'allowed' : 403;
}

describe('authorisation matrix (routes from the express router stack)', () => {
  it('finds the routes, and every one of them is in the access table', () => {
    expect(routes.length).toBeGreaterThan(50);
    const unknown = routes.map(keyOf).filter((k) => !(k in ACCESS));
    expect(
      unknown,
      `routes without an entry in tests/security/access-table.ts: ${unknown.join(', ')}`,
    ).toEqual([]);
  });

  it('every principal gets exactly the access the table gives, and no route answers 5xx', async () => {
    const problems: string[] = [];
    let calls = 0;
    for (const route of routes) {
      const access = ACCESS[keyOf(route)];
      if (!access) continue;
      // The principals at once (the hub answers them concurrently).
      const answers = await Promise.all(
        PRINCIPALS.map(async (who) => ({ who, res: await call(route, who) })),
      );
      // Signing out ended the cached sessions it was called with.
      if (route.path.endsWith('/logout')) h.forgetSessions();
      for (const { who, res } of answers) {
        calls += 1;
        const want = expectedFor(access, who);
        const got = res.status;
        if (got >= 500) problems.push(`${keyOf(route)} as ${who}: ${got}`);
        else if (want === 'allowed' ? denied(got) : got !== want)
          problems.push(`${keyOf(route)} as ${who}: expected ${want}, got ${got}`);
        if (denied(got))
          expect(res.body, `${keyOf(route)} as ${who}`).toMatchObject({ code: expect.any(String) });
      }
    }
    figure(
      `authorisation matrix: ${routes.length} routes × ${PRINCIPALS.length} principals = ${calls} calls`,
    );
    expect(problems).toEqual([]);
  }, 90_000);

  it('citizen-token routes refuse a forged token', async () => {
    for (const [key, body] of Object.entries(CITIZEN_PROBES)) {
      const route = routes.find((r) => keyOf(r) === key);
      expect(route, key).toBeDefined();
      const res = await call(route!, 'anonymous', { body });
      expect(res.status, key).toBe(401);
    }
  });
});

describe('OpenAPI document', () => {
  it('has an operation for every /api route in the express stack, and none for a route that is gone', () => {
    const doc = buildOpenApiDocument('test') as { paths: Record<string, Record<string, unknown>> };
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const api = routes
      .filter((r) => r.path.startsWith('/api/'))
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]\w*)/g, '{$1}')}`);
    expect(api.length).toBeGreaterThan(40);
    const missing = api.filter((k) => !documented.has(k));
    expect(
      missing,
      `routes without an operation in server/src/api/openapi.ts: ${missing.join(', ')}`,
    ).toEqual([]);
    const stale = [...documented].filter((k) => k.includes(' /api/') && !api.includes(k));
    expect(stale, `operations without a route: ${stale.join(', ')}`).toEqual([]);
  });
});

describe('CSRF and Origin on cookie-authenticated changes', () => {
  it('refuse a missing or wrong CSRF token and a foreign or null Origin, for every unsafe staff route', async () => {
    const problems: string[] = [];
    const staffRoutes = routes.filter((r) => UNSAFE.has(r.method) && Array.isArray(ACCESS[keyOf(r)]));
    expect(staffRoutes.length).toBeGreaterThan(8);
    for (const route of staffRoutes) {
      const roles = ACCESS[keyOf(route)] as readonly string[];
      const who = ROLES.find((r) => roles.includes(r))!;
      const noToken = await call(route, who, { csrf: false });
      if (noToken.status !== 403 || noToken.body.code !== 'csrf_failed')
        problems.push(`${keyOf(route)} without token: ${noToken.status} ${noToken.body.code}`);
      for (const origin of ['https://evil.example', 'null']) {
        const foreign = await call(route, who, { origin });
        if (foreign.status !== 403) problems.push(`${keyOf(route)} from ${origin}: ${foreign.status}`);
      }
      // Someone else's token does not help either.
      const other = await h.session(who);
      const method = route.method.toLowerCase() as 'post';
      const url = concretePath(route.path);
      const agent = request(h.hub.url);
      const mixed = await agent[method](url)
        .set('origin', h.origin)
        .set('cookie', (await h.session(who)).cookie)
        .set('x-csrf-token', other.csrf)
        .send({});
      if (mixed.status !== 403)
        problems.push(`${keyOf(route)} with another session's token: ${mixed.status}`);
    }
    expect(problems).toEqual([]);
  });
});
