import type { Config } from '../../config/schema.ts';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { DEFAULT_RETENTION } from '../retention-settings.ts';
import { erasureNotifier, type ErasureNotifier } from './notify.ts';
import { myDataRouter } from './routes.ts';

export type { ErasureNotifier } from './notify.ts';

/** The citizen's "Your data" API (mounted under /api by app.ts) and its socket notifier. */
export function myDataApi(
  config: Config,
  deps: { db: Db; logger: Logger },
): {
  router: ReturnType<typeof myDataRouter>;
  notifier: ErasureNotifier;
} {
  const notifier = erasureNotifier();
  const router = myDataRouter({
    db: deps.db,
    logger: deps.logger,
    anonTokenSecret: config.anonTokenSecret,
    policy: (config.retention ?? DEFAULT_RETENTION).policy,
    notifier,
  });
  return { router, notifier };
}
