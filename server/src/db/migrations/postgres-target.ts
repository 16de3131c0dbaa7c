import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MigrationFile } from './files.ts';
import type { AppliedMigration, MigrationTarget } from './target.ts';

// Same DDL as Prisma's schema engine uses for PostgreSQL.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Arbitrary constant: the advisory lock that serialises migration runners across processes. */
const LOCK_KEY = 72_707_369;

export async function createPostgresTarget(connectionString: string): Promise<MigrationTarget> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return {
    async lock() {
      await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    },
    async unlock() {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    },
    async ensureTable() {
      await client.query(CREATE_TABLE);
    },
    async applied(): Promise<AppliedMigration[]> {
      const { rows } = await client.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        rolled_back_at: Date | null;
      }>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
      );
      return rows.map((r) => ({
        name: r.migration_name,
        checksum: r.checksum,
        finished: r.finished_at !== null,
        rolledBack: r.rolled_back_at !== null,
      }));
    },
    async apply(migration: MigrationFile) {
      await client.query('BEGIN');
      try {
        const started = await client.query<{ now: Date }>('SELECT clock_timestamp() AS now');
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, started.rows[0]!.now],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
}
