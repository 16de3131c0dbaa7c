import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase, type KnowledgeBase } from '@hub/knowledge';
import { loadConfig } from './config/load.ts';
import type { Config } from './config/schema.ts';
import { createPrismaClient } from './db/client.ts';
import { migrateDatabase } from './db/migrations/run.ts';
import { loadDirectory } from './directory-loader.ts';
import { listen, type RunningHub } from './http-server.ts';
import { createLogger, safeError, type Logger } from './logger.ts';
import { deleteExpiredSessions } from './staff/sessions.ts';
import { bootstrapAdmin } from './staff/users.ts';

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** Defaults to the built knowledge base (knowledge/dist). */
  kb?: KnowledgeBase;
  /** Where the first-run admin login is printed (stdout by default: an operator must see it). */
  announce?: (text: string) => void;
}

export interface StartedHub extends RunningHub {
  config: Config;
  logger: Logger;
  stop(): Promise<void>;
}

/** Validates config, migrates the database, prepares the first admin, and serves everything on one port. */
export async function startServer(options: StartOptions = {}): Promise<StartedHub> {
  const config = loadConfig(options.env ?? process.env);
  const logger = createLogger(config.logLevel);
  const migration = await migrateDatabase(config.databaseUrl);
  if (migration.applied.length)
    logger.info({ applied: migration.applied, provider: config.databaseProvider }, 'database migrated');
  if (migration.modified.length)
    logger.warn({ modified: migration.modified }, 'applied migrations changed on disk since');

  const db = createPrismaClient(config.databaseUrl);
  const admin = await bootstrapAdmin(db);
  if (admin) {
    const announce = options.announce ?? ((text: string) => process.stdout.write(text));
    announce(
      `\nFirst run: an administrator account was created.\n  e-mail:   ${admin.email}\n  password: ${admin.password}\n` +
        'Sign in and change it; it is not shown again.\n\n',
    );
  }
  await deleteExpiredSessions(db);

  const kb = options.kb ?? loadKnowledgeBase();
  const directory = await loadDirectory();
  const appsDir = fileURLToPath(new URL('../../dist/apps/', import.meta.url));
  const running = await listen(config, { db, kb, logger, appsDir, ...(directory ? { directory } : {}) });
  logger.info(
    {
      url: running.url,
      provider: config.databaseProvider,
      services: kb.services.length,
      directory: Boolean(directory),
    },
    'hub server listening',
  );

  const cleanup = setInterval(() => {
    deleteExpiredSessions(db).catch((error: unknown) =>
      logger.warn({ error: safeError(error) }, 'session cleanup failed'),
    );
  }, 3_600_000);
  cleanup.unref();

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down');
      clearInterval(cleanup);
      await running.close();
      await db.$disconnect();
    })());
  return { ...running, config, logger, stop };
}
