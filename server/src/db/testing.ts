// Test support: a fresh, migrated database per test file, on SQLite (temp file) or PostgreSQL
// (a new database on the local server, dropped afterwards). Not used by production code.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient, type Db } from './client.ts';
import { migrateDatabase, type MigrationReport } from './migrations/run.ts';
import type { Provider } from './migrations/files.ts';

export const TEST_PROVIDERS: Provider[] = ['sqlite', 'postgresql'];

/** Admin connection used to create and drop the throw-away databases. */
export const PG_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  provider: Provider;
  url: string;
  db: Db;
  migration: MigrationReport;
  drop(): Promise<void>;
}

export async function createEmptyTestDatabase(
  provider: Provider,
): Promise<{ url: string; drop(): Promise<void> }> {
  const suffix = randomBytes(6).toString('hex');
  if (provider === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-db-'));
    return {
      url: `file:${path.join(dir, 'test.db')}`,
      async drop() {
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `hub_test_${suffix}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const empty = await createEmptyTestDatabase(provider);
  const migration = await migrateDatabase(empty.url);
  const db = createPrismaClient(empty.url);
  return {
    provider,
    url: empty.url,
    db,
    migration,
    async drop() {
      await db.$disconnect();
      await empty.drop();
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
