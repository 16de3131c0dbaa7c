import {
  identityConsentSchema,
  identityRequestSchema,
  identityStatusSchema,
  type CitizenIdentityView,
  type StaffIdentityView,
} from '@hub/contract';
import { findConversation } from '../../conversations/store.ts';
import { AckError, handle, parse, type RealtimePlugin } from '../../realtime/socket-kit.ts';
import { roleAllows } from '../../staff/roles.ts';
import { auditEauth } from './audit.ts';
import type { Identities } from './identities.ts';
import type { IdentityNotifier } from './notify.ts';

/** Staff events that open a conversation or read its identity: each on an identified one is audited. */
const OPENING_EVENTS = new Set(['helpdesk.open', 'conversation.join', 'identity.status']);
/** One console action emits several of them; one audit entry per socket and conversation in this window. */
const AUDIT_WINDOW_MS = 60_000;

/**
 * Identity socket events: agents ask for a login (`identity.request`), citizens answer the consent
 * question (`identity.consent`), both read their own view (`identity.status`).
 */
export function identityPlugin(identities: Identities, notify: IdentityNotifier): RealtimePlugin {
  return ({ socket, db, logger }) => {
    const who = socket.data.identity;
    const staffId = who.kind === 'staff' && roleAllows(who.role, 'agent') ? who.userId : undefined;

    const conversationOf = async (conversationId: string) => {
      const conversation = await findConversation(db, conversationId);
      const mine =
        conversation &&
        (who.kind === 'citizen' ? conversation.citizenId === who.citizenId : staffId !== undefined);
      if (!conversation || !mine) throw new AckError({ code: 'not_found', message: 'no such conversation' });
      return conversation;
    };

    if (staffId) {
      const audited = new Map<string, number>();
      /** The audit entry for one opening; repeats within the window (same sharing state) are one opening. */
      const audit = async (event: string, conversationId: string) => {
        const found = await identities.isIdentified(conversationId);
        if (!found) return;
        const key = `${conversationId}:${found.shared}`;
        const now = Date.now();
        for (const [k, at] of audited) if (now - at > AUDIT_WINDOW_MS) audited.delete(k);
        if (audited.has(key)) return;
        await auditEauth(db, {
          actorId: staffId,
          action: 'identity.conversation_opened',
          targetId: conversationId,
          detail: { level: found.level, shared: found.shared, via: event },
        });
        audited.set(key, now);
      };
      // Runs in front of the help desk's own handlers (like its reply guard), so every way in is covered.
      socket.use((packet, next) => {
        const [event, payload] = packet as [string, { conversationId?: unknown } | undefined];
        const conversationId = payload?.conversationId;
        if (event === 'helpdesk.close' && typeof conversationId === 'string')
          forgetNameOnClose(packet, conversationId);
        if (!OPENING_EVENTS.has(event) || typeof conversationId !== 'string' || conversationId.length > 64)
          return next();
        audit(event, conversationId).then(
          () => next(),
          () => {
            logger.error(
              { event: 'eauth.audit_failed', conversationId },
              'audit of an identified conversation failed',
            );
            // No audit, no access: the opening is refused rather than left unrecorded.
            const ack = packet[packet.length - 1] as unknown;
            if (typeof ack === 'function')
              ack({ ok: false, error: { code: 'internal', message: 'something went wrong on our side' } });
          },
        );
      });
    }

    /** Once the help desk acknowledges a close, the citizen's name is removed (the answer waits for it). */
    function forgetNameOnClose(packet: unknown[], conversationId: string): void {
      const ack = packet[packet.length - 1];
      if (typeof ack !== 'function') return;
      packet[packet.length - 1] = (res: { ok?: boolean } | undefined) => {
        if (!res?.ok) return ack(res);
        identities.forgetName(conversationId).then(
          () => ack(res),
          () => {
            logger.error({ event: 'eauth.forget_name_failed', conversationId }, 'name not removed on close');
            ack(res);
          },
        );
      };
    }

    socket.on(
      'identity.status',
      handle(logger, 'identity.status', async (payload): Promise<CitizenIdentityView | StaffIdentityView> => {
        const { conversationId } = parse(identityStatusSchema, payload);
        await conversationOf(conversationId);
        return who.kind === 'citizen'
          ? identities.citizenView(conversationId)
          : identities.staffView(conversationId);
      }),
    );

    socket.on(
      'identity.request',
      handle(logger, 'identity.request', async (payload) => {
        if (!staffId) throw new AckError({ code: 'forbidden', message: 'for agents only' });
        const input = parse(identityRequestSchema, payload);
        const conversation = await conversationOf(input.conversationId);
        if (conversation.status === 'closed')
          throw new AckError({ code: 'conflict', message: 'the conversation is closed' });
        await identities.request({
          conversationId: conversation.id,
          level: input.level,
          reason: 'agent',
          by: 'agent',
          staffUserId: staffId,
        });
        await auditEauth(db, {
          actorId: staffId,
          action: 'identity.requested',
          targetId: conversation.id,
          detail: { level: input.level },
        });
        await notify.changed(conversation.id);
        return identities.staffView(conversation.id);
      }),
    );

    socket.on(
      'identity.consent',
      handle(logger, 'identity.consent', async (payload) => {
        if (who.kind !== 'citizen')
          throw new AckError({ code: 'forbidden', message: 'only the citizen decides what to share' });
        const input = parse(identityConsentSchema, payload);
        await conversationOf(input.conversationId);
        const view = await identities.citizenView(input.conversationId);
        if (view.level === null)
          throw new AckError({ code: 'conflict', message: 'nobody has signed in in this conversation' });
        await identities.consent(input.conversationId, input.share);
        logger.info({ event: 'eauth.consent', conversationId: input.conversationId, share: input.share });
        await notify.changed(input.conversationId);
        return identities.citizenView(input.conversationId);
      }),
    );
  };
}
