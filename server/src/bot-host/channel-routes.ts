import {
  botFrameworkAuthentication,
  type BotFrameworkAuthentication,
} from '@hub/assistant/src/channels/index.ts';
import { Router } from 'express';
import type { Config } from '../config/schema.ts';
import type { AssistantKnowledge } from '@hub/assistant';
import type { Analytics } from '../analytics/index.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { BotHost } from './bot-host.ts';
import { botFrameworkRouter } from './bot-framework-route.ts';
import { clickOutRouter } from './click-out.ts';
import { viberRouter, type ViberRouteDeps } from './viber-route.ts';

export interface ChannelRouteDeps {
  config: Config;
  db: Db;
  host: BotHost;
  logger: Logger;
  kb: AssistantKnowledge;
  analytics: Analytics;
  viberClient?: ViberRouteDeps['client'];
  /** Replaces the authentication built from MICROSOFT_APP_* (tests: the anonymous mode). */
  botFrameworkAuth?: BotFrameworkAuthentication;
}

/**
 * The messenger endpoints under /api, each on only when its credentials are configured (one log line says
 * which are off). They read their own raw bodies: signatures are computed over the exact bytes.
 */
export function channelRoutes(deps: ChannelRouteDeps): Router {
  const router = Router();
  const { config, logger } = deps;
  router.use(clickOutRouter({ kb: deps.kb, analytics: deps.analytics, logger }));
  if (config.viber) {
    router.use(
      viberRouter({ config: config.viber, db: deps.db, host: deps.host, logger, client: deps.viberClient }),
    );
  } else {
    logger.info('viber channel disabled: VIBER_AUTH_TOKEN is not set');
  }
  const auth =
    deps.botFrameworkAuth ??
    (config.botFramework ? botFrameworkAuthentication(config.botFramework) : undefined);
  if (auth) router.use(botFrameworkRouter({ auth, host: deps.host, logger }));
  else logger.info('bot framework endpoint /api/messages disabled: MICROSOFT_APP_ID is not set');
  return router;
}
