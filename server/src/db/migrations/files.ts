import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Provider = 'sqlite' | 'postgresql';

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 (hex) of the file's bytes: the checksum Prisma records in `_prisma_migrations`. */
  checksum: string;
}

const PRISMA_DIR = fileURLToPath(new URL('../../../prisma/', import.meta.url));

export function migrationsDir(provider: Provider): string {
  return path.join(PRISMA_DIR, provider === 'sqlite' ? 'sqlite' : 'postgres', 'migrations');
}

/** The migration folders in the order Prisma applies them (by name, which starts with a timestamp). */
export function readMigrations(dir: string): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, 'migration.sql'));
      return {
        name,
        sql: bytes.toString('utf8'),
        checksum: createHash('sha256').update(bytes).digest('hex'),
      };
    });
}
