import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase, TEST_PROVIDERS } from '../testing.ts';
import { migrationsDir, readMigrations } from './files.ts';
import { migrateDatabase } from './run.ts';

const run = promisify(execFile);
const SERVER_DIR = path.resolve(import.meta.dirname, '../../..');

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function emptyDb(provider: 'sqlite' | 'postgresql') {
  const db = await createEmptyTestDatabase(provider);
  cleanups.push(db.drop);
  return db;
}

async function recorded(
  url: string,
): Promise<{ migration_name: string; checksum: string; applied_steps_count: number }[]> {
  if (url.startsWith('file:')) {
    const db = new Database(url.slice(5));
    try {
      return db
        .prepare('SELECT migration_name, checksum, applied_steps_count FROM _prisma_migrations')
        .all() as never;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (
      await client.query('SELECT migration_name, checksum, applied_steps_count FROM _prisma_migrations')
    ).rows;
  } finally {
    await client.end();
  }
}

describe.each(TEST_PROVIDERS)('migrateDatabase on %s', (provider) => {
  it('applies every migration once, recording Prisma checksums (sha256 of the file)', async () => {
    const { url } = await emptyDb(provider);
    const files = readMigrations(migrationsDir(provider));
    expect(files.length).toBeGreaterThan(0);

    const first = await migrateDatabase(url);
    expect(first.applied).toEqual(files.map((f) => f.name));
    const second = await migrateDatabase(url);
    expect(second).toEqual({ applied: [], modified: [] });

    const rows = await recorded(url);
    expect(rows.map((r) => [r.migration_name, r.checksum, Number(r.applied_steps_count)])).toEqual(
      files.map((f) => [f.name, f.checksum, 1]),
    );
  });

  it('rolls a failing migration back completely and records nothing for it', async () => {
    const { url } = await emptyDb(provider);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-mig-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    fs.mkdirSync(path.join(dir, '001_ok'));
    fs.writeFileSync(
      path.join(dir, '001_ok', 'migration.sql'),
      'CREATE TABLE "a" ("id" INTEGER PRIMARY KEY);\n',
    );
    fs.mkdirSync(path.join(dir, '002_bad'));
    fs.writeFileSync(
      path.join(dir, '002_bad', 'migration.sql'),
      'CREATE TABLE "b" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "nope" VALUES (1);\n',
    );
    await expect(migrateDatabase(url, dir)).rejects.toThrow(/nope/);
    expect((await recorded(url)).map((r) => r.migration_name)).toEqual(['001_ok']);
    // Table b was created inside the failed transaction and must be gone: re-running after a fix works.
    fs.writeFileSync(
      path.join(dir, '002_bad', 'migration.sql'),
      'CREATE TABLE "b" ("id" INTEGER PRIMARY KEY);\n',
    );
    expect((await migrateDatabase(url, dir)).applied).toEqual(['002_bad']);
  });

  it('reports an applied migration whose file changed', async () => {
    const { url } = await emptyDb(provider);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-mig-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    fs.mkdirSync(path.join(dir, '001_a'));
    fs.writeFileSync(
      path.join(dir, '001_a', 'migration.sql'),
      'CREATE TABLE "a" ("id" INTEGER PRIMARY KEY);\n',
    );
    await migrateDatabase(url, dir);
    fs.appendFileSync(path.join(dir, '001_a', 'migration.sql'), '-- edited\n');
    expect(await migrateDatabase(url, dir)).toEqual({ applied: [], modified: ['001_a'] });
  });
});

describe('agreement with the Prisma CLI (SQLite, where migrate works offline)', () => {
  it('prisma migrate status sees our runner’s migrations as applied', async () => {
    const { url } = await emptyDb('sqlite');
    await migrateDatabase(url);
    const { stdout } = await run(
      'npx',
      ['prisma', 'migrate', 'status', '--config', 'prisma/sqlite.config.ts'],
      {
        cwd: SERVER_DIR,
        env: { ...process.env, DATABASE_URL: url },
      },
    );
    expect(stdout).toMatch(/Database schema is up to date/);
  });

  it('records the same checksum as prisma migrate deploy', async () => {
    const { url } = await emptyDb('sqlite');
    await run('npx', ['prisma', 'migrate', 'deploy', '--config', 'prisma/sqlite.config.ts'], {
      cwd: SERVER_DIR,
      env: { ...process.env, DATABASE_URL: url },
    });
    const files = readMigrations(migrationsDir('sqlite'));
    expect((await recorded(url)).map((r) => [r.migration_name, r.checksum])).toEqual(
      files.map((f) => [f.name, f.checksum]),
    );
    expect(await migrateDatabase(url)).toEqual({ applied: [], modified: [] });
  });

  it('migrations produce exactly the schema: prisma db push finds nothing to change', async () => {
    const { url } = await emptyDb('sqlite');
    await migrateDatabase(url);
    // db push answers at once but its process lingers for about a minute: read the answer, then stop it.
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        'npx',
        ['prisma', 'db', 'push', '--skip-generate', '--config', 'prisma/sqlite.config.ts'],
        {
          cwd: SERVER_DIR,
          env: { ...process.env, DATABASE_URL: url },
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        },
      );
      let text = '';
      const onData = (d: Buffer) => {
        text += d.toString();
        if (/in sync|Error/i.test(text)) {
          process.kill(-child.pid!, 'SIGKILL'); // the whole group: npx and the prisma process under it
          resolve(text);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('error', reject);
      child.once('exit', () => resolve(text));
    });
    expect(output).toContain('already in sync');
  });
});
