import type { Db } from '../../db/client.ts';
import { conversationRoom, type HubServer } from '../../realtime/socket-kit.ts';
import { auditEauth } from './audit.ts';
import type { Identities } from './identities.ts';

/**
 * Pushes a conversation's identity change: the citizen's view to the conversation's room; the staff view
 * only to staff sockets that have the conversation open (not the whole staff room), each delivery of a
 * shared identity audited like an opening. Works across nodes (fetchSockets goes through the adapter).
 */
export function createIdentityNotifier(db: Db, identities: Identities) {
  let io: HubServer | undefined;
  return {
    attach(server: HubServer) {
      io = server;
    },
    async changed(conversationId: string): Promise<void> {
      if (!io) return;
      const room = conversationRoom(conversationId);
      const [citizen, staff, sockets] = await Promise.all([
        identities.citizenView(conversationId),
        identities.staffView(conversationId),
        io.in(room).fetchSockets(),
      ]);
      const staffIds = new Set<string>();
      for (const socket of sockets) {
        const who = socket.data.identity;
        if (who?.kind === 'citizen') socket.emit('identity.updated', citizen);
        else if (who?.kind === 'staff') {
          socket.emit('identity.shared', staff);
          staffIds.add(who.userId);
        }
      }
      if (!staff.verified) return;
      for (const actorId of staffIds)
        await auditEauth(db, {
          actorId,
          action: 'identity.conversation_opened',
          targetId: conversationId,
          detail: { level: staff.level, shared: true, via: 'identity.shared' },
        });
    },
  };
}
export type IdentityNotifier = ReturnType<typeof createIdentityNotifier>;
