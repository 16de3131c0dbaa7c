import type { JobRunner } from '../cluster/index.ts';
import { safeError, type Logger } from '../logger.ts';
import type { RetentionPolicy } from './retention-policy.ts';
import type { RetentionRepository } from './retention-repository.ts';
import { runRetention, type RetentionReport } from './run-retention.ts';

export const RETENTION_JOB = 'retention';
/** A run holds the cluster-wide lock at most this long (a crashed node's lock expires). */
const LOCK_TTL_MS = 30 * 60_000;

export interface RetentionScheduler {
  /**
   * One run now, through the cluster lock: the report, or undefined when another node (or a run still in
   * progress here) holds it.
   */
  runOnce(): Promise<RetentionReport | undefined>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs the retention job at start and every `intervalMs`, once across all nodes
 * (`jobs.runExclusive('retention', …)`). Logs counts only.
 */
export function startRetentionScheduler(deps: {
  repository: RetentionRepository;
  policy: RetentionPolicy;
  jobs: JobRunner;
  logger: Logger;
  intervalMs: number;
  now?: () => Date;
  /** Run once right away (default true). */
  runAtStart?: boolean;
}): RetentionScheduler {
  const now = deps.now ?? (() => new Date());
  let running: Promise<RetentionReport | undefined> | undefined;
  let stopped = false;

  async function attempt(): Promise<RetentionReport | undefined> {
    let report: RetentionReport | undefined;
    const started = Date.now();
    const ran = await deps.jobs.runExclusive(RETENTION_JOB, LOCK_TTL_MS, async () => {
      report = await runRetention({ repository: deps.repository, policy: deps.policy, now });
    });
    if (ran && report) deps.logger.info({ ...report, ms: Date.now() - started }, 'retention job finished');
    return report;
  }

  function runOnce(): Promise<RetentionReport | undefined> {
    if (stopped) return Promise.resolve(undefined);
    if (running) return running.then(() => undefined);
    running = attempt()
      .catch((error: unknown) => {
        deps.logger.error({ error: safeError(error) }, 'retention job failed');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const timer = setInterval(() => void runOnce(), deps.intervalMs);
  timer.unref();
  if (deps.runAtStart ?? true) void runOnce();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
