// "No raw ЕГН appears in the database, the logs or any export after a full test run."
// The real server as a process (tsx server/src/main.ts, SQLite in a temp DATA_DIR, assistant on, eAuth with
// the local test IdP, debug logs). A citizen types valid ЕГН numbers — digits only and with separators — into
// the chat, the search, a handoff reason and feedback; an agent writes one into a note, a reply and the closing
// note; a test person signs in with eAuth. Then every table of the database (all columns), the database
// files' raw bytes, the whole log output and every export are searched for the numbers in any spelling.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isValidEgn, type ClientToServerEvents, type ServerToClientEvents } from '@hub/contract';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formAction, hiddenField } from '../../server/src/eauth/testing/fixture.ts';
import { call, next } from '../helpdesk/support/hub.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const ROOT = path.resolve(import.meta.dirname, '../..');
// Node with tsx's loader, as `npm start` runs it: the tsx CLI relays signals to a child process and SIGKILLs it
// when the child does not confirm within 30 ms, which a loaded machine misses (exit 143 instead of a clean stop).
const MAIN = path.join(ROOT, 'server/src/main.ts');

/** A valid ЕГН (domain.md §4): YYMMDD (month +40 after 2000) + 3-digit serial + check digit. */
export function makeEgn(year: number, month: number, day: number, serial: number): string {
  const mm = month + (year >= 2000 ? 40 : year < 1900 ? 20 : 0);
  const nine = `${String(year % 100).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  const weights = [2, 4, 8, 5, 10, 9, 7, 3, 6];
  const sum = [...nine].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return `${nine}${sum % 11 === 10 ? 0 : sum % 11}`;
}

/** The number in any spelling: digits only or split by spaces, dots, dashes or slashes (also URL-encoded). */
function anySpelling(egn: string): RegExp {
  return new RegExp([...egn].join('(?:[ ./-]|%20|\\+)?'));
}

const CHAT = makeEgn(1985, 3, 14, 123);
const SPACED = makeEgn(2003, 11, 2, 457);
const SEARCH = makeEgn(1969, 7, 30, 881);
const FEEDBACK = makeEgn(1991, 12, 9, 330);
const NOTE = makeEgn(1977, 5, 21, 642);
/** The local test IdP's person "petrov" (server/src/eauth/test-idp/people.ts). */
const EAUTH = '7523169263';
const ALL = [CHAT, SPACED, SEARCH, FEEDBACK, NOTE, EAUTH];
const spaced = (egn: string) => `${egn.slice(0, 6)} ${egn.slice(6)}`;
const dashed = (egn: string) => `${egn.slice(0, 2)}-${egn.slice(2, 4)}-${egn.slice(4, 6)}-${egn.slice(6)}`;

let dataDir: string;
let child: ChildProcess;
let out = '';
let err = '';
let origin: string;
const exported: Record<string, string> = {};
let samlResponseXml = '';

beforeAll(async () => {
  for (const egn of ALL) expect(isValidEgn(egn), egn).toBe(true);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-egn-'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_ORIGIN: origin,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'debug',
      ASSISTANT: 'true',
      EAUTH_ENV: 'local',
      MEDIA_AUTOGEN: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept apart: a stderr chunk must not land in the middle of a log line.
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const deadline = Date.now() + 150_000;
  while (!/hub server listening/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`server did not start: ${out} ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await fullRun();
  child.kill('SIGTERM');
  await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
}, 300_000);

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function http(
  method: string,
  url: string,
  options: { body?: unknown; cookie?: string; csrf?: string } = {},
) {
  const res = await fetch(new URL(url, origin), {
    method,
    headers: {
      origin,
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.csrf ? { 'x-csrf-token': options.csrf } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    redirect: 'manual',
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

async function staffLogin(email: string, password: string) {
  const res = await fetch(`${origin}/api/staff/login`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: String(res.headers.get('set-cookie')).split(';')[0]!, csrf: body.csrfToken };
}

function socket(auth: Record<string, unknown>, cookie?: string): Promise<Client> {
  const s: Client = connect(origin, {
    transports: ['websocket'],
    auth,
    extraHeaders: { origin, ...(cookie ? { cookie } : {}) },
    forceNew: true,
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

/** What a browser does for eAuth: login form → test IdP → pick the person → ACS. Keeps the IdP's answer. */
async function eauthLogin(form: Record<string, string>, person: string): Promise<number> {
  const post = (url: string, body: Record<string, string>) =>
    fetch(new URL(url, origin), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams(body).toString(),
      redirect: 'manual',
    }).then(async (r) => ({ status: r.status, html: await r.text() }));
  const login = await post('/eauth/login', form);
  expect(login.status).toBe(200);
  const idp = await post(formAction(login.html) ?? '', {
    SAMLRequest: hiddenField(login.html, 'SAMLRequest') ?? '',
  });
  const answer = await post(formAction(idp.html) ?? '', {
    token: hiddenField(idp.html, 'token') ?? '',
    person,
  });
  const samlResponse = hiddenField(answer.html, 'SAMLResponse') ?? '';
  samlResponseXml = Buffer.from(samlResponse, 'base64').toString('utf8');
  return (await post(formAction(answer.html) ?? '', { SAMLResponse: samlResponse })).status;
}

async function fullRun(): Promise<void> {
  const adminPassword = /password: (\S+)/.exec(out)?.[1];
  expect(adminPassword).toBeDefined();
  const admin = await staffLogin('admin@hub.local', adminPassword!);
  const created = await http('POST', '/api/staff/users', {
    body: { email: 'ana@hub.local', displayName: 'Ана Петрова', role: 'agent', password: 'ana-password-123' },
    ...admin,
  });
  expect(created.status).toBe(201);

  // The citizen: chat with the bot, typing personal numbers, then asks for a person.
  const token = (JSON.parse((await http('POST', '/api/citizen-token')).text) as { token: string }).token;
  const citizen = await socket({ citizenToken: token });
  const { conversationId } = await call<{ conversationId: string }>(citizen, 'conversation.start', {
    channel: 'web',
    lang: 'bg',
  });
  let n = 0;
  const say = (body: string) =>
    call(citizen, 'message.send', { conversationId, clientMessageId: `citizen-msg-${++n}`, body });
  await say(`Здравейте, моето ЕГН е ${CHAT}, искам да платя данък сгради`);
  await say(`ЕГН: ${spaced(SPACED)} и на съпругата ми ${dashed(CHAT)}`);
  const { handoff } = await call<{ handoff: { id: string } }>(citizen, 'handoff.request', {
    conversationId,
    reason: `Проверете по ЕГН ${SPACED}`,
    serviceSlug: 'property-tax-payment',
  });

  // Searches: the API, the directory page and a reported search event.
  for (const url of [
    `/api/search?q=${encodeURIComponent(`данък ${SEARCH}`)}`,
    `/search?q=${encodeURIComponent(`ЕГН ${spaced(SEARCH)}`)}`,
    `/en/search?q=${SEARCH}`,
  ])
    expect((await http('GET', url)).status).toBe(200);
  expect(
    (
      await http('POST', '/api/events', {
        body: { type: 'search', channel: 'kiosk', lang: 'bg', query: `егн ${SEARCH}` },
      })
    ).status,
  ).toBe(202);
  expect(
    (
      await http('POST', '/api/events', {
        body: {
          type: 'feedback',
          channel: 'web',
          lang: 'bg',
          rating: 2,
          comment: `Моето ЕГН ${FEEDBACK} не е прието`,
        },
      })
    ).status,
  ).toBe(202);

  // eAuth: the citizen signs in as the test person "petrov" and shares the identity.
  expect(
    await eauthLogin(
      {
        purpose: 'citizen',
        returnPath: '/services/property-tax-payment',
        conversationId,
        level: 'SUBSTANTIAL',
        lang: 'bg',
        citizenToken: token,
      },
      'petrov',
    ),
  ).toBe(303);
  await call(citizen, 'identity.consent', { conversationId, share: true });

  // The agent: claims, opens (audited: identified), writes a note and a reply with numbers, closes with a note.
  const ana = await staffLogin('ana@hub.local', 'ana-password-123');
  const agent = await socket({}, ana.cookie);
  await call(agent, 'helpdesk.presence.set', { status: 'available' });
  await call(agent, 'helpdesk.claim', { handoffId: handoff.id });
  await call(agent, 'helpdesk.open', { conversationId });
  await call(agent, 'helpdesk.note.add', { conversationId, body: `Гражданинът даде ЕГН ${NOTE}, проверено` });
  await call(agent, 'message.send', {
    conversationId,
    clientMessageId: 'agent-msg-1',
    body: `Благодаря, ЕГН ${dashed(NOTE)} е записано.`,
  });
  const csat = next<{ messageId: string }>(citizen, 'csat.requested', 20_000);
  await call(agent, 'helpdesk.close', {
    conversationId,
    resolution: 'resolved',
    note: `Приключено за ${NOTE}`,
  });
  await csat;
  await call(citizen, 'csat.submit', { conversationId, rating: 5, comment: `Благодаря! ЕГН ${FEEDBACK}` });

  // Every export.
  const get = async (name: string, url: string, session?: { cookie: string }) => {
    const res = await http('GET', url, session ?? {});
    expect(res.status, `${name}: ${res.text.slice(0, 200)}`).toBe(200);
    exported[name] = res.text;
  };
  await get('helpdesk stats CSV', '/api/helpdesk/stats.csv?days=30', admin);
  await get('helpdesk stats', '/api/helpdesk/stats?days=30', admin);
  await get('usage insights CSV', '/api/analytics/insights.csv', admin);
  await get('usage insights', '/api/analytics/insights', admin);
  await get('knowledge gaps', '/api/analytics/gaps', admin);
  await get('open data CSV', '/api/open-data/service-usage.csv');
  await get('open data JSON', '/api/open-data/service-usage.json');
  await get('audit log', '/api/staff/audit?limit=200', admin);
  exported['console transcript'] = JSON.stringify(await call(agent, 'helpdesk.open', { conversationId }));
  for (const format of ['json', 'text'] as const) {
    const res = await http('POST', '/api/my-data/export', { body: { citizenToken: token, format } });
    expect(res.status).toBe(200);
    exported[`"Your data" ${format}`] = res.text;
  }
  const audit = JSON.parse(exported['audit log']!) as { entries: { action: string; targetId: string }[] };
  expect(
    audit.entries.some((e) => e.action === 'identity.conversation_opened' && e.targetId === conversationId),
  ).toBe(true);
  citizen.disconnect();
  agent.disconnect();
}

/** Every row of every table, all columns, as text. */
function dumpDatabase(file: string): Record<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    return Object.fromEntries(
      tables.map(({ name }) => [name, JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())]),
    );
  } finally {
    db.close();
  }
}

function findings(haystacks: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [where, text] of Object.entries(haystacks))
    for (const egn of ALL) if (anySpelling(egn).test(text)) found.push(`${egn} in ${where}`);
  return found;
}

describe('no raw ЕГН after a full run', () => {
  it('the search is able to find one: planted in a scratch string, in every spelling, it is found', () => {
    for (const spelling of [
      CHAT,
      spaced(CHAT),
      dashed(CHAT),
      `${CHAT.slice(0, 6)}.${CHAT.slice(6)}`,
      encodeURIComponent(spaced(CHAT)),
    ])
      expect(findings({ scratch: `{"body":"ЕГН ${spelling}"}` }), spelling).toEqual([`${CHAT} in scratch`]);
    // And the eAuth test IdP really sent the ЕГН in its SAML response: the login had one to leak.
    expect(samlResponseXml).toContain(`PNOBG-${EAUTH}`);
    // The run did leave data behind to search (the masked forms).
    const dump = dumpDatabase(path.join(dataDir, 'hub.db'));
    expect(dump.Message).toContain('[EGN]');
    expect(dump.HelpdeskNote).toContain('[EGN]');
    expect(dump.ConversationIdentity).toMatch(/"pseudonym":"[0-9a-f]{64}"/);
  });

  it('is in no table of the database (every row, every column)', () => {
    const dump = dumpDatabase(path.join(dataDir, 'hub.db'));
    expect(Object.keys(dump).length).toBeGreaterThan(20);
    expect(findings(dump)).toEqual([]);
  });

  it("is not in the database files' bytes either (free pages, WAL)", () => {
    const files = fs.readdirSync(dataDir).filter((f) => f.startsWith('hub.db'));
    expect(files).toContain('hub.db');
    const bytes = Object.fromEntries(
      files.map((f) => [f, fs.readFileSync(path.join(dataDir, f)).toString('latin1')]),
    );
    expect(findings(bytes)).toEqual([]);
  });

  it('is in no log line', () => {
    expect(out.split('\n').length).toBeGreaterThan(50);
    // The retention job started with the server and logged counts only.
    const retention = out.split('\n').find((l) => l.includes('retention job finished'));
    expect(
      retention,
      out
        .split('\n')
        .filter((l) => /retention|error/i.test(l))
        .join('\n'),
    ).toMatch(/"conversationsDeleted":0/);
    expect(findings({ logs: out, stderr: err })).toEqual([]);
  });

  it('is in no export', () => {
    expect(Object.keys(exported).length).toBe(11);
    expect(exported['"Your data" text']).toContain('[EGN]');
    expect(findings(exported)).toEqual([]);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
