import type { Cluster } from '../cluster/index.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { createPrismaRetentionRepository } from './prisma-retention-repository.ts';
import { startRetentionScheduler, type RetentionScheduler } from './retention-scheduler.ts';
import { DEFAULT_RETENTION, type RetentionSettings } from './retention-settings.ts';

/** The retention job of a running server, on its database and cluster (started by server.ts). */
export function startRetention(deps: {
  db: Db;
  cluster: Cluster;
  logger: Logger;
  settings: RetentionSettings | undefined;
}): RetentionScheduler {
  const settings = deps.settings ?? DEFAULT_RETENTION;
  return startRetentionScheduler({
    repository: createPrismaRetentionRepository(deps.db),
    policy: settings.policy,
    jobs: deps.cluster.jobs,
    logger: deps.logger,
    intervalMs: settings.intervalMinutes * 60_000,
  });
}
