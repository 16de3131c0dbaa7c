import { myDataEraseRequestSchema, myDataExportRequestSchema, type MyDataErased } from '@hub/contract';
import { Router } from 'express';
import type { Db } from '../../db/client.ts';
import { unauthorized } from '../../http/errors.ts';
import { parseInput } from '../../http/validate.ts';
import type { Logger } from '../../logger.ts';
import { verifyCitizenToken } from '../../realtime/citizen-token.ts';
import { auditPrivacy } from '../audit.ts';
import { eraseConversations } from '../erase-conversations.ts';
import type { RetentionPolicy } from '../retention-policy.ts';
import { collectMyData, conversationsOf } from './collect.ts';
import type { ErasureNotifier } from './notify.ts';
import { transcriptText } from './transcript.ts';

export interface MyDataDeps {
  db: Db;
  anonTokenSecret: string;
  policy: RetentionPolicy;
  notifier: ErasureNotifier;
  logger: Logger;
  now?: () => Date;
}

/**
 * POST /my-data/export and POST /my-data/erase: a citizen downloads or deletes the conversations of their
 * anonymous token (the token is the only credential: whoever holds it can already read those conversations).
 */
export function myDataRouter(deps: MyDataDeps): Router {
  const router = Router();
  const now = deps.now ?? (() => new Date());
  const citizenOf = (token: string) => {
    const claims = verifyCitizenToken(deps.anonTokenSecret, token);
    if (!claims) throw unauthorized('the conversation token is missing, expired or not valid');
    return claims.sub;
  };

  router.post('/my-data/export', async (req, res) => {
    const input = parseInput(myDataExportRequestSchema, req.body, 'body');
    const data = await collectMyData(deps.db, citizenOf(input.citizenToken), deps.policy, now());
    res.set('Cache-Control', 'no-store');
    if (input.format === 'json') {
      res.json(data);
      return;
    }
    res.type('text/plain; charset=utf-8');
    res.set(
      'Content-Disposition',
      `attachment; filename="conversation-${data.generatedAt.slice(0, 10)}.txt"`,
    );
    res.send(transcriptText(data, input.lang));
  });

  router.post('/my-data/erase', async (req, res) => {
    const input = parseInput(myDataEraseRequestSchema, req.body, 'body');
    const conversations = await conversationsOf(deps.db, citizenOf(input.citizenToken));
    const deleted = await eraseConversations(
      deps.db,
      conversations.map((c) => c.id),
    );
    for (const c of conversations)
      await auditPrivacy(deps.db, {
        actorId: null,
        action: 'privacy.conversation_erased',
        conversationId: c.id,
        detail: { by: 'citizen', status: c.status },
      });
    deps.notifier.erased(conversations);
    deps.logger.info({ conversationsDeleted: deleted }, 'citizen deleted their conversations');
    const body: MyDataErased = { conversationsDeleted: deleted };
    res.set('Cache-Control', 'no-store').json(body);
  });
  return router;
}
