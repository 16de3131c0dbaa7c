import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase, type KnowledgeBase } from '@hub/knowledge';
import { loadConfig } from './config/load.ts';
import type { Config } from './config/schema.ts';
import { createPrismaClient } from './db/client.ts';
import { prepareEauth } from './eauth/hub/index.ts';
import { migrateDatabase } from './db/migrations/run.ts';
import { loadDirectory } from './directory-loader.ts';
import { redisCluster } from './cluster/redis.ts';
import { listen, type RunningHub } from './http-server.ts';
import { createLogger, safeError, type Logger } from './logger.ts';
import { startRetention } from './privacy/start-retention.ts';
import { deleteExpiredSessions } from './staff/sessions.ts';
import { deleteExpiredPushes } from './kiosk/index.ts';
import { applyPublishedGuides, liveKnowledgeBase } from './editor/index.ts';
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
  // EAUTH_* (off unless EAUTH_ENV is set): checked and its key files read before anything starts.
  const eauth = await prepareEauth(options.env ?? process.env, config);
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

  // Guides published in the help desk's editor (database) over the built files, before the first request.
  const kb = liveKnowledgeBase(options.kb ?? loadKnowledgeBase());
  const edited = await applyPublishedGuides(db, kb, logger);
  if (edited) logger.info({ guides: edited }, 'published guide revisions applied');
  const directory = await loadDirectory();
  const appsDir = fileURLToPath(new URL('../../dist/apps/', import.meta.url));
  // Multi-node mode: state and messages shared through Redis (server/src/cluster).
  const cluster = config.redis ? await redisCluster({ ...config.redis, logger }) : undefined;
  const running = await listen(config, {
    db,
    kb,
    logger,
    appsDir,
    ...(directory ? { directory } : {}),
    ...(cluster ? { cluster } : {}),
    ...(eauth ? { eauth } : {}),
  });
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
    running.hub.cluster.jobs
      .runExclusive('sessions.cleanup', 600_000, async () => void (await deleteExpiredSessions(db)))
      .catch((error: unknown) => logger.warn({ error: safeError(error) }, 'session cleanup failed'));
    running.hub.cluster.jobs
      .runExclusive('kiosk.cleanup', 600_000, async () => void (await deleteExpiredPushes(db)))
      .catch((error: unknown) => logger.warn({ error: safeError(error) }, 'kiosk cleanup failed'));
  }, 3_600_000);
  cleanup.unref();
  const retention = startRetention({ db, cluster: running.hub.cluster, logger, settings: config.retention });
  // The most used guides' how-to videos, made in the background (MEDIA_AUTOGEN=off to skip).
  const mediaAutogen = config.mediaAutogen
    ? running.hub.campaign.startAutogen({ delayMs: 5_000 })
    : undefined;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down');
      clearInterval(cleanup);
      await mediaAutogen?.stop();
      await retention.stop();
      await running.close();
      await running.hub.cluster.close();
      await db.$disconnect();
    })());
  return { ...running, config, logger, stop };
}
