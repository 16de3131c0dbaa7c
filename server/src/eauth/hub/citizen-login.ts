import type { Request } from 'express';
import { findConversation } from '../../conversations/store.ts';
import type { Db } from '../../db/client.ts';
import { verifyCitizenToken } from '../../realtime/citizen-token.ts';
import type { VerifiedIdentity } from '../identity.ts';
import type { LoginContext } from '../login-context.ts';
import type { Identities } from './identities.ts';
import type { IdentityNotifier } from './notify.ts';
import { withOutcome } from './return-marker.ts';

export interface CitizenLoginDeps {
  db: Db;
  anonTokenSecret: string;
  identities: Identities;
  notify: IdentityNotifier;
}

/**
 * A citizen may start a login only for their own conversation: the form carries the anonymous citizen
 * token, and the conversation must belong to it (else anyone could bind their identity to a stranger's chat).
 */
export async function authorizeCitizenLogin(
  deps: CitizenLoginDeps,
  req: Request,
  context: LoginContext,
): Promise<boolean> {
  if (!context.conversationId) return false;
  const token = (req.body as Record<string, unknown> | undefined)?.citizenToken;
  const claims = verifyCitizenToken(deps.anonTokenSecret, token);
  if (!claims) return false;
  const conversation = await findConversation(deps.db, context.conversationId);
  return Boolean(conversation && conversation.citizenId === claims.sub && conversation.status !== 'closed');
}

/** An accepted login: attach the identity to the conversation, tell the widget and the staff room. */
export async function citizenIdentity(
  deps: CitizenLoginDeps,
  identity: VerifiedIdentity,
  context: LoginContext,
): Promise<string> {
  const conversation = context.conversationId
    ? await findConversation(deps.db, context.conversationId)
    : null;
  if (!conversation) return withOutcome(context.returnPath, 'conversation_gone');
  await deps.identities.verified(conversation.id, identity);
  await deps.notify.changed(conversation.id);
  return withOutcome(context.returnPath, 'ok');
}
