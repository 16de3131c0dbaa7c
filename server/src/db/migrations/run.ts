import { migrationsDir, readMigrations, type Provider } from './files.ts';
import { createPostgresTarget } from './postgres-target.ts';
import { createSqliteTarget } from './sqlite-target.ts';
import type { MigrationTarget } from './target.ts';

export interface MigrationReport {
  applied: string[];
  /** Applied migrations whose file changed since (Prisma would report them as modified). */
  modified: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function providerOf(databaseUrl: string): Provider {
  return databaseUrl.startsWith('file:') ? 'sqlite' : 'postgresql';
}

/**
 * Applies pending migrations in order, each in its own transaction, recording them in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does, so both agree about what is applied.
 */
export async function migrateDatabase(databaseUrl: string, dir?: string): Promise<MigrationReport> {
  const provider = providerOf(databaseUrl);
  const files = readMigrations(dir ?? migrationsDir(provider));
  const target: MigrationTarget =
    provider === 'sqlite' ? createSqliteTarget(databaseUrl) : await createPostgresTarget(databaseUrl);
  try {
    await target.lock();
    try {
      await target.ensureTable();
      const done = await target.applied();
      const failed = done.find((m) => !m.finished && !m.rolledBack);
      if (failed) {
        throw new MigrationError(
          `migration ${failed.name} failed earlier and was not rolled back; fix the database, then mark it rolled back`,
        );
      }
      const appliedByName = new Map(done.filter((m) => m.finished && !m.rolledBack).map((m) => [m.name, m]));
      const report: MigrationReport = { applied: [], modified: [] };
      for (const file of files) {
        const existing = appliedByName.get(file.name);
        if (existing) {
          if (existing.checksum !== file.checksum) report.modified.push(file.name);
          continue;
        }
        await target.apply(file);
        report.applied.push(file.name);
      }
      return report;
    } finally {
      await target.unlock();
    }
  } finally {
    await target.close();
  }
}
