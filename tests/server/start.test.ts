// `npm start`'s entry point as a real process: first run, restart, bad configuration, SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEmptyTestDatabase } from '@hub/server/src/db/testing.ts';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Node with tsx's loader, as `npm start` runs it: the tsx CLI relays signals to a child process and SIGKILLs it
// when the child does not confirm within 30 ms, which a loaded machine misses (exit 143 instead of a clean stop).
const MAIN = path.join(ROOT, 'server/src/main.ts');

interface Started {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-start-'));
  dirs.push(dir);
  return dir;
}

function run(env: Record<string, string>): {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      MEDIA_AUTOGEN: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function start(env: Record<string, string>): Promise<Started> {
  const proc = run(env);
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    const url = proc.stdout().match(/"url":"(http:\/\/[^"]+)".*hub server listening/)?.[1];
    if (url) return { ...proc, url };
    if (proc.child.exitCode !== null) throw new Error(`server exited: ${proc.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${proc.stdout()} ${proc.stderr()}`);
}

describe('npm start entry point', () => {
  it('creates and migrates SQLite in DATA_DIR, prints a random admin login once, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    const first = await start({ DATA_DIR: dataDir });
    const password = first.stdout().match(/password: (\S+)/)?.[1];
    expect(password).toBeDefined();
    expect(password!.length).toBeGreaterThanOrEqual(20);
    expect(fs.existsSync(path.join(dataDir, 'hub.db'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'secrets.json'))).toBe(true);
    await request(first.url).get('/healthz').expect(200);
    await request(first.url)
      .post('/api/staff/login')
      .send({ email: 'admin@hub.local', password })
      .expect(200);
    // The password appears once, in the announcement, never inside a log record.
    expect(
      first
        .stdout()
        .split('\n')
        .filter((l) => l.includes(password!)),
    ).toEqual([`  password: ${password}`]);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await start({ DATA_DIR: dataDir });
    expect(second.stdout()).not.toContain('password:');
    await request(second.url)
      .post('/api/staff/login')
      .send({ email: 'admin@hub.local', password })
      .expect(200);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('gives each new installation a different admin password', async () => {
    const a = await start({ DATA_DIR: tempDir() });
    const b = await start({ DATA_DIR: tempDir() });
    expect(a.stdout().match(/password: (\S+)/)?.[1]).not.toBe(b.stdout().match(/password: (\S+)/)?.[1]);
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    await Promise.all([a.exited, b.exited]);
  });

  it('runs on PostgreSQL with the same migrations when DATABASE_URL says so', async () => {
    const db = await createEmptyTestDatabase('postgresql');
    try {
      const hub = await start({ DATA_DIR: tempDir(), DATABASE_URL: db.url });
      expect(hub.stdout()).toContain('"provider":"postgresql"');
      await request(hub.url).get('/healthz').expect(200);
      await request(hub.url).get('/api/services').expect(200);
      hub.child.kill('SIGTERM');
      expect(await hub.exited).toBe(0);
    } finally {
      await db.drop();
    }
  });

  it('refuses to start on bad configuration, naming each bad variable', async () => {
    const proc = run({
      DATA_DIR: tempDir(),
      PORT: 'http',
      DATABASE_URL: 'mysql://db/hub',
      CORS_ORIGINS: 'not a url',
    });
    expect(await proc.exited).toBe(78);
    const err = proc.stderr();
    expect(err).toContain('PORT');
    expect(err).toContain('DATABASE_URL');
    expect(err).toContain('CORS_ORIGINS');
    expect(err).not.toMatch(/\s+at /);
  });
});
