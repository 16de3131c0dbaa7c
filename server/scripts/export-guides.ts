// Writes the guides published in the help desk's editor back to knowledge/content/services/<slug>/{bg,en}.md,
// so that the repository and the database hold the same content (commit the result):
//   npm run -s -w @hub/server editor:export            # write, list the files that changed
//   npm run -s -w @hub/server editor:export -- --check  # change nothing; exit 1 if the repository differs
// Reads the same environment as the server (DATABASE_URL / DATA_DIR). Unchanged guides are written byte for byte
// as they are, so an export with no edits changes no file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase } from '@hub/knowledge';
import { loadConfig } from '../src/config/load.ts';
import { createPrismaClient } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrations/run.ts';
import { exportGuides, writeExport } from '../src/editor/index.ts';

const check = process.argv.includes('--check');
const config = loadConfig(process.env);
// The same migrations the server applies at start (a no-op on a running hub's database).
await migrateDatabase(config.databaseUrl);
const db = createPrismaClient(config.databaseUrl);
try {
  const exported = await exportGuides(db, loadKnowledgeBase(), 'published');
  if (check) {
    // Compare by writing into a copy of the files the export touches.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-check-'));
    const repo = path.resolve(import.meta.dirname, '..', '..');
    for (const file of exported.files) {
      const from = path.join(repo, file.path);
      fs.mkdirSync(path.dirname(path.join(copy, file.path)), { recursive: true });
      if (fs.existsSync(from)) fs.copyFileSync(from, path.join(copy, file.path));
    }
    const differ = writeExport(exported, copy);
    fs.rmSync(copy, { recursive: true, force: true });
    for (const file of differ) process.stdout.write(`differs: ${file}\n`);
    process.stdout.write(
      `${exported.files.length} published guide file(s), ${differ.length} differ from the repository\n`,
    );
    process.exitCode = differ.length ? 1 : 0;
  } else {
    const changed = writeExport(exported);
    for (const file of changed) process.stdout.write(`wrote ${file}\n`);
    process.stdout.write(`${exported.files.length} published guide file(s), ${changed.length} changed\n`);
  }
} finally {
  await db.$disconnect();
}
