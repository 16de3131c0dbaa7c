import { KB_PUBLISHED_TOPIC, kbPublishedSchema } from '@hub/contract';
import type { ClusterBus } from '../cluster/index.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { markGuideChanged } from './tasks.ts';

/**
 * Listens for `kb.published` ({slug}) from the guide editor and stamps the guide's open gap tasks.
 * Every node receives the message; the update only touches open tasks, so the first node's write wins.
 */
export function subscribeGapTasks(bus: ClusterBus, db: Db, logger: Logger): () => void {
  return bus.subscribe(KB_PUBLISHED_TOPIC, async (payload) => {
    const parsed = kbPublishedSchema.safeParse(payload);
    if (!parsed.success) {
      logger.warn({ topic: KB_PUBLISHED_TOPIC }, 'ignored a malformed kb.published message');
      return;
    }
    try {
      const count = await markGuideChanged(db, parsed.data.slug, new Date());
      if (count) logger.info({ slug: parsed.data.slug, tasks: count }, 'gap tasks: guide changed');
    } catch (err) {
      logger.error({ err, slug: parsed.data.slug }, 'gap tasks: could not record the guide change');
    }
  });
}
