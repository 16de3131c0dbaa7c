// Creates a migration for both databases from the schema change since the last one:
//   npm run -w @hub/server migration:new -- add_something
// Edit BOTH prisma/sqlite/schema.prisma and prisma/postgres/schema.prisma first (models identical).
// The diff runs offline (`prisma migrate diff --script` between two datamodels); `migrated.prisma`
// beside each schema is the datamodel the existing migrations produce, updated here.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write('usage: new-migration <name in snake_case>\n');
  process.exit(2);
}
const serverDir = path.resolve(import.meta.dirname, '..');
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = `${stamp}_${name}`;

for (const [dir, config] of [
  ['sqlite', 'prisma/sqlite.config.ts'],
  ['postgres', 'prisma/postgres.config.ts'],
] as const) {
  const base = path.join(serverDir, 'prisma', dir);
  const sql = execFileSync(
    'npx',
    [
      'prisma',
      'migrate',
      'diff',
      '--config',
      config,
      '--from-schema-datamodel',
      path.join(base, 'migrated.prisma'),
      '--to-schema-datamodel',
      path.join(base, 'schema.prisma'),
      '--script',
    ],
    // The PostgreSQL adapter connects even for a datamodel-only diff: any reachable server will do.
    {
      cwd: serverDir,
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_URL:
          dir === 'sqlite'
            ? 'file::memory:'
            : (process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test'),
      },
    },
  );
  if (!/\b(CREATE|ALTER|DROP|INSERT|UPDATE)\b/i.test(sql)) {
    process.stdout.write(`${dir}: no schema change, nothing written\n`);
    continue;
  }
  fs.mkdirSync(path.join(base, 'migrations', folder));
  fs.writeFileSync(path.join(base, 'migrations', folder, 'migration.sql'), sql);
  fs.copyFileSync(path.join(base, 'schema.prisma'), path.join(base, 'migrated.prisma'));
  process.stdout.write(`${dir}: wrote prisma/${dir}/migrations/${folder}/migration.sql\n`);
}
