import { KB_PUBLISHED_TOPIC, kbPublishedSchema } from '@hub/contract';
import { withServices, type ServiceRecord } from '@hub/knowledge';
import type { Cluster } from '../cluster/index.ts';
import type { Db } from '../db/client.ts';
import { safeError, type Logger } from '../logger.ts';
import type { LiveKnowledgeBase } from './live-kb.ts';
import { checkGuide } from './problems.ts';
import type { RevisionRow } from './revisions.ts';

export interface Publisher {
  /** Shows a just-published revision on this node, then tells every other node. */
  announce(revision: RevisionRow): Promise<void>;
  /** Applies every published revision this node does not show yet (start-up, missed messages). */
  sync(): Promise<number>;
  stop(): void;
}

/**
 * Swaps revisions into a live knowledge base: one index rebuild for all of them. Revisions that no longer
 * parse (the schema changed since) are skipped with a warning; the repository file stays live for them.
 */
export function applyRevisions(kb: LiveKnowledgeBase, rows: RevisionRow[], logger?: Logger): number {
  const services: ServiceRecord[] = [];
  const applied: Record<string, string> = {};
  for (const row of rows) {
    const { service } = checkGuide(kb, row.slug, { bg: row.bgSource, en: row.enSource });
    if (!service) {
      logger?.warn(
        { slug: row.slug, revisionId: row.id },
        'published guide revision does not parse; skipped',
      );
      continue;
    }
    services.push(service);
    applied[row.slug] = row.id;
  }
  if (services.length) kb.replace(withServices(kb.current(), services), applied);
  return services.length;
}

/** Every guide published in the database over the repository's files; run before the server listens. */
export async function applyPublishedGuides(db: Db, kb: LiveKnowledgeBase, logger?: Logger): Promise<number> {
  const rows = await db.guideRevision.findMany({
    where: { status: 'published' },
    orderBy: { publishedAt: 'asc' },
  });
  return applyRevisions(
    kb,
    rows.filter((r) => kb.appliedRevision(r.slug) !== r.id),
    logger,
  );
}

/** Keeps this node's knowledge base in step with what is published, here and on every other node. */
export function createPublisher(deps: {
  db: Db;
  kb: LiveKnowledgeBase;
  cluster: Cluster;
  logger: Logger;
}): Publisher {
  const { db, kb, cluster, logger } = deps;
  // Swaps run one at a time, so two publishes never rebuild from the same old instance and lose one.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T> | T): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  const sync = () => serial(() => applyPublishedGuides(db, kb, logger));

  const unsubscribe = cluster.bus.subscribe(KB_PUBLISHED_TOPIC, async (payload) => {
    const message = kbPublishedSchema.safeParse(payload);
    if (!message.success)
      return logger.warn({ topic: KB_PUBLISHED_TOPIC }, 'ignored a malformed bus message');
    if (kb.appliedRevision(message.data.slug) === message.data.revisionId) return;
    try {
      const count = await sync();
      logger.info(
        { slug: message.data.slug, revisionId: message.data.revisionId, count },
        'guide published: index swapped',
      );
    } catch (error) {
      logger.error({ error: safeError(error), slug: message.data.slug }, 'could not apply a published guide');
    }
  });

  return {
    async announce(revision) {
      await serial(() => applyRevisions(kb, [revision], logger));
      await cluster.bus.publish(KB_PUBLISHED_TOPIC, { slug: revision.slug, revisionId: revision.id });
    },
    sync,
    stop: unsubscribe,
  };
}
