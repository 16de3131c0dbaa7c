// Prisma CLI configuration for the PostgreSQL schema (generate and migrate diff; migrations are
// applied by server/src/db/migrate because `prisma migrate deploy` fails through the pg adapter).
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

const connectionString = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
process.env.DATABASE_URL = connectionString;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(import.meta.dirname, 'postgres', 'schema.prisma'),
  migrations: { path: path.join(import.meta.dirname, 'postgres', 'migrations') },
  adapter: async () => new PrismaPg({ connectionString }),
});
