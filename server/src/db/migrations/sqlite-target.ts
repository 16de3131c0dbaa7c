import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { MigrationFile } from './files.ts';
import { prismaTimestamp, type AppliedMigration, type MigrationTarget } from './target.ts';

// Same DDL as Prisma's schema engine uses for SQLite.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, '');
}

export function createSqliteTarget(databaseUrl: string): MigrationTarget {
  const file = sqliteFilePath(databaseUrl);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return {
    // A single SQLite file is opened by one server process; BEGIN IMMEDIATE below serialises writers.
    async lock() {},
    async unlock() {},
    async ensureTable() {
      db.exec(CREATE_TABLE);
    },
    async applied(): Promise<AppliedMigration[]> {
      const rows = db
        .prepare(
          'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
        )
        .all() as {
        migration_name: string;
        checksum: string;
        finished_at: string | null;
        rolled_back_at: string | null;
      }[];
      return rows.map((r) => ({
        name: r.migration_name,
        checksum: r.checksum,
        finished: r.finished_at !== null,
        rolledBack: r.rolled_back_at !== null,
      }));
    },
    async apply(migration: MigrationFile) {
      const startedAt = prismaTimestamp();
      const run = db.transaction(() => {
        db.exec(migration.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
        ).run(randomUUID(), migration.checksum, prismaTimestamp(), migration.name, startedAt);
      });
      run.immediate();
    },
    async close() {
      db.close();
    },
  };
}
