import {
  createViberClient,
  decodeActionBody,
  isValidViberSignature,
  toViberMessages,
  viberCallbackSchema,
  viberLang,
  type ViberClient,
} from '@hub/assistant/src/channels/index.ts';
import express, { Router } from 'express';
import type { ViberConfig } from '../config/schema.ts';
import { appendMessage } from '../conversations/store.ts';
import type { Db } from '../db/client.ts';
import { safeError, type Logger } from '../logger.ts';
import { inBackground, type BotHost } from './bot-host.ts';
import { externalConversation, externalUserId } from './external-conversation.ts';

export interface ViberRouteDeps {
  config: ViberConfig;
  db: Db;
  host: BotHost;
  logger: Logger;
  /** Replaces the client's retry timing (tests). */
  client?: ViberClient;
}

/**
 * POST /viber/webhook: Viber's callbacks, each checked against X-Viber-Content-Signature over the raw body.
 * conversation_started is answered with the welcome in the response (Viber's rule: the user is not subscribed
 * yet); a message is stored (its message_token makes Viber's retries idempotent), answered with 200 at once, and
 * the bot's replies — and, during a handoff, the agent's messages — are sent through the REST API.
 */
export function viberRouter(deps: ViberRouteDeps): Router {
  const { config, db, host, logger } = deps;
  const client = deps.client ?? createViberClient(config);
  host.registerChannel('viber', async (conversation, messages) => {
    const receiver = externalUserId(conversation, 'viber');
    if (receiver)
      await client.send(
        receiver,
        messages.flatMap((m) => toViberMessages(m.body, m.content)),
      );
  });
  const router = Router();
  router.post('/viber/webhook', express.raw({ type: () => true, limit: '64kb' }), (req, res, next) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!isValidViberSignature(raw, req.get('x-viber-content-signature'), config.authToken)) {
      res.status(401).json({ code: 'unauthorized', message: 'bad signature' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      json = undefined;
    }
    const parsed = viberCallbackSchema.safeParse(json);
    if (!parsed.success) {
      res.status(400).json({ code: 'invalid_request', message: 'not a Viber callback' });
      return;
    }
    const callback = parsed.data;
    (async () => {
      switch (callback.event) {
        case 'conversation_started': {
          const { conversation } = await externalConversation(db, {
            channel: 'viber',
            userId: callback.user.id,
            lang: viberLang(callback.user.language),
          });
          const [greeting] = await host.conversationStarted(conversation);
          const welcome = greeting ? toViberMessages(greeting.body, greeting.content)[0] : undefined;
          res.status(200).json(welcome ? { sender: client.sender, ...welcome } : {});
          return;
        }
        case 'message': {
          const { conversation } = await externalConversation(db, {
            channel: 'viber',
            userId: callback.sender.id,
            lang: viberLang(callback.sender.language),
          });
          const text = callback.message.type === 'text' ? (callback.message.text ?? '') : '';
          const input = decodeActionBody(text);
          const stored = await appendMessage(db, {
            conversationId: conversation.id,
            clientMessageId: `viber:${String(callback.message_token)}`,
            authorKind: 'citizen',
            body: input.value ? '✓' : text.slice(0, 4000) || '…',
          });
          res.status(200).json({});
          if (stored.duplicate || (!input.text && !input.value)) return;
          // The replies reach Viber through the channel's delivery (registered above).
          inBackground(logger, conversation.id, host.citizenMessage(conversation, input));
          return;
        }
        default:
          res.status(200).json({});
      }
    })().catch((error: unknown) => {
      logger.error({ error: safeError(error), event: callback.event }, 'viber callback failed');
      if (!res.headersSent) next(error);
    });
  });
  return router;
}
