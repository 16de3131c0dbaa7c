import { createCloudAdapter, type BotFrameworkAuthentication } from '@hub/assistant/src/channels/index.ts';
import express, { Router } from 'express';
import { safeError, type Logger } from '../logger.ts';
import type { BotHost } from './bot-host.ts';

/**
 * POST /messages: Azure Bot Service channels (Teams, Messenger, Telegram, Direct Line, …) through botbuilder's
 * CloudAdapter, which authenticates the request and sends the replies to the channel's serviceUrl. Same bot,
 * same database-backed state as the web chat.
 */
export function botFrameworkRouter(deps: {
  auth: BotFrameworkAuthentication;
  host: BotHost;
  logger: Logger;
}): Router {
  const adapter = createCloudAdapter(deps.auth, (error) =>
    deps.logger.error({ error: safeError(error) }, 'bot framework turn failed'),
  );
  const router = Router();
  router.post('/messages', express.json({ limit: '256kb' }), (req, res, next) => {
    adapter.process(req, res, deps.host.withoutLiveHandoff.run).catch(next);
  });
  return router;
}
