import type { KnowledgeBase } from '@hub/knowledge';
import type { Cluster } from '../../cluster/index.ts';
import { safeError, type Logger } from '../../logger.ts';
import type { MediaLibrary } from '../media/library.ts';
import { AUTOGEN_COUNT, pickAutogenGuides } from './select.ts';

/** Makes one guide's video into DATA_DIR/media/<slug>/; must stop (kill its programs) when the signal aborts. */
export interface VideoGenerator {
  make(slug: string, signal: AbortSignal): Promise<void>;
  /** Releases what the generator holds (a browser); called once at the end. */
  close?(): Promise<void>;
}

export interface AutogenDeps {
  kb: KnowledgeBase;
  library: MediaLibrary;
  topServices(limit: number): Promise<string[]>;
  cluster: Pick<Cluster, 'jobs' | 'bus'>;
  logger: Logger;
  generator: VideoGenerator;
  /** Programs the generator needs that are missing (empty = ready). */
  missingTools(): Promise<string[]>;
  /** Wait before starting, so the first requests are not slowed down. */
  delayMs?: number;
  count?: number;
}

export type AutogenOutcome =
  | { status: 'skipped'; reason: string }
  | { status: 'up-to-date' }
  | { status: 'elsewhere' }
  | { status: 'done'; made: string[]; failed: string[] }
  | { status: 'stopped'; made: string[] };

/** Bus topic: a node made a video; every node rereads its media folder. */
export const MEDIA_UPDATED_TOPIC = 'campaign.media_updated';
/** The lock outlasts a slow run of ten videos; it is released as soon as the run ends. */
const LOCK_TTL_MS = 3 * 3_600_000;
const STOP_WAIT_MS = 3_000;

export interface AutogenJob {
  /** Resolves when the job has finished, skipped or stopped. */
  done: Promise<AutogenOutcome>;
  /** Stops the job (kills the running ffmpeg/espeak-ng) and waits for it to wind down. */
  stop(): Promise<void>;
}

/**
 * After start, in the background: the most used guides that have no video yet get one, one at a time,
 * on one node of the cluster only. Never throws; every outcome is one log line.
 */
export function startMediaAutogen(deps: AutogenDeps): AutogenJob {
  const abort = new AbortController();
  const { logger } = deps;
  let wake: () => void = () => undefined;
  const delay = new Promise<void>((resolve) => {
    wake = resolve;
    setTimeout(resolve, deps.delayMs ?? 0).unref();
  });

  async function run(): Promise<AutogenOutcome> {
    await delay;
    if (abort.signal.aborted) return { status: 'stopped', made: [] };
    const missing = await deps.missingTools();
    if (missing.length > 0) {
      const reason = `${missing.join(', ')} not installed`;
      logger.info({ missing }, `media autogen skipped: ${reason}`);
      return { status: 'skipped', reason };
    }
    await deps.library.refresh();
    const measured = await deps.topServices(AUTOGEN_COUNT * 2).catch(() => [] as string[]);
    const wanted = pickAutogenGuides(deps.kb, measured, deps.count ?? AUTOGEN_COUNT);
    const todo = wanted.filter((slug) => !deps.library.video(slug));
    if (todo.length === 0) return { status: 'up-to-date' };

    const made: string[] = [];
    const failed: string[] = [];
    const ran = await deps.cluster.jobs.runExclusive('campaign.media-autogen', LOCK_TTL_MS, async () => {
      logger.info({ guides: todo.length }, 'media autogen: making how-to videos in the background');
      for (const slug of todo) {
        if (abort.signal.aborted) break;
        const started = Date.now();
        try {
          await deps.generator.make(slug, abort.signal);
          made.push(slug);
          await deps.library.refresh();
          await deps.cluster.bus.publish(MEDIA_UPDATED_TOPIC, { slug }).catch(() => undefined);
          logger.info({ slug, ms: Date.now() - started }, 'media autogen: video made');
        } catch (error) {
          if (abort.signal.aborted) break;
          failed.push(slug);
          logger.warn({ slug, error: safeError(error) }, 'media autogen: video failed');
        }
      }
    });
    if (!ran) return { status: 'elsewhere' };
    if (abort.signal.aborted) return { status: 'stopped', made };
    logger.info({ made: made.length, failed: failed.length }, 'media autogen finished');
    return { status: 'done', made, failed };
  }

  const done = run()
    .catch((error: unknown): AutogenOutcome => {
      logger.warn({ error: safeError(error) }, 'media autogen failed');
      return { status: 'skipped', reason: 'error' };
    })
    .finally(() => deps.generator.close?.().catch(() => undefined));

  return {
    done,
    async stop() {
      abort.abort();
      wake();
      // ffmpeg and espeak-ng die at once; a scene being rendered in Chromium may take a moment: don't hold
      // the shutdown for it (the browser is killed when the process exits).
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
    },
  };
}
