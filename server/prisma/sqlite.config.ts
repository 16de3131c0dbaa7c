// Prisma CLI configuration for the SQLite schema. The JS schema engine runs through the driver
// adapter, so no native engine is downloaded (see shared/docs/environment.md).
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

const url = process.env.DATABASE_URL ?? 'file:./data/hub.db';
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(import.meta.dirname, 'sqlite', 'schema.prisma'),
  migrations: { path: path.join(import.meta.dirname, 'sqlite', 'migrations') },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
