import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsDir, readMigrations } from './migrations/files.ts';

const PRISMA_DIR = path.resolve(import.meta.dirname, '../../prisma');
const MARKER = '// ---- models';

function modelsOf(file: string): string {
  const text = fs.readFileSync(path.join(PRISMA_DIR, file), 'utf8');
  const at = text.indexOf(MARKER);
  expect(at, `${file} must contain the line "${MARKER} ..."`).toBeGreaterThan(0);
  return text.slice(at);
}

describe('the SQLite and PostgreSQL schemas', () => {
  it('declare identical models (only datasource and generator differ)', () => {
    expect(modelsOf('postgres/schema.prisma')).toBe(modelsOf('sqlite/schema.prisma'));
  });

  it('have migrations with the same names, in the same order', () => {
    const names = (provider: 'sqlite' | 'postgresql') =>
      readMigrations(migrationsDir(provider)).map((m) => m.name);
    expect(names('postgresql')).toEqual(names('sqlite'));
  });

  it('create the same tables in their migrations', () => {
    const tables = (provider: 'sqlite' | 'postgresql') =>
      readMigrations(migrationsDir(provider))
        .flatMap((m) => [...m.sql.matchAll(/CREATE TABLE "(\w+)"/g)].map((x) => x[1]))
        // SQLite changes a table by copying it: CREATE TABLE "new_X" … RENAME TO "X" (not a new table).
        .filter((name) => !name?.startsWith('new_'))
        .sort();
    expect(tables('sqlite').length).toBeGreaterThanOrEqual(11);
    expect(tables('postgresql')).toEqual(tables('sqlite'));
  });

  it('have a migration for every model change (migrated.prisma is what the migrations produce)', () => {
    for (const dir of ['sqlite', 'postgres']) {
      expect(
        modelsOf(`${dir}/migrated.prisma`),
        `${dir}: run npm run -w @hub/server migration:new -- <name>`,
      ).toBe(modelsOf(`${dir}/schema.prisma`));
    }
  });
});
