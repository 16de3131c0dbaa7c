import { auditHelpdesk } from './audit.ts';
import type { HelpdeskContext } from './context.ts';
import { blockedRequest } from './safety.ts';

const EXPLANATION: Record<string, string> = {
  pin: 'blocked: the municipality never asks citizens for a PIN or one-time code in a chat',
  password: 'blocked: the municipality never asks citizens for a password in a chat',
  card: 'blocked: never ask for card numbers, CVV or expiry dates; payments go through the official portal',
};

/**
 * Runs before message.send (a socket.io middleware, so it also guards the shared conversation handler):
 * a staff reply that asks for a PIN, a password or card data is refused with an explanation.
 */
export function guardAgentReplies(ctx: HelpdeskContext, agentId: string): void {
  ctx.socket.use((packet, next) => {
    const [event, payload, ack] = packet as [string, unknown, unknown];
    if (event !== 'message.send' || typeof payload !== 'object' || payload === null) return next();
    const { body, conversationId } = payload as { body?: unknown; conversationId?: unknown };
    const rule = typeof body === 'string' ? blockedRequest(body) : null;
    if (!rule) return next();
    void auditHelpdesk(ctx.db, {
      actorId: agentId,
      action: 'helpdesk.reply_blocked',
      targetType: 'conversation',
      targetId: typeof conversationId === 'string' ? conversationId : undefined,
      detail: { rule },
    }).catch(() => undefined);
    if (typeof conversationId === 'string') ctx.socket.emit('reply.blocked', { conversationId, rule });
    if (typeof ack === 'function')
      ack({ ok: false, error: { code: 'forbidden', message: EXPLANATION[rule] } });
  });
}
