import type { MigrationFile } from './files.ts';

export interface AppliedMigration {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

/** A database that can record migrations in Prisma's own `_prisma_migrations` table. */
export interface MigrationTarget {
  /** Serialises concurrent runners (another process starting at the same time). */
  lock(): Promise<void>;
  unlock(): Promise<void>;
  ensureTable(): Promise<void>;
  applied(): Promise<AppliedMigration[]>;
  /** Runs the file and records it, in one transaction. */
  apply(migration: MigrationFile): Promise<void>;
  close(): Promise<void>;
}

/** Prisma writes timestamps as RFC 3339 with an explicit offset. */
export function prismaTimestamp(date = new Date()): string {
  return date.toISOString().replace('Z', '+00:00');
}
