import { conversationRoom, STAFF_ROOM, type HubServer } from '../../realtime/socket-kit.ts';

/**
 * Tells whoever is in an erased conversation (the agent handling it, the citizen's other tabs) that it is
 * gone, and the help-desk consoles to re-read their queue. Attached to socket.io once the server listens.
 */
export function erasureNotifier() {
  let io: HubServer | undefined;
  return {
    attach(server: HubServer) {
      io = server;
    },
    erased(conversations: readonly { id: string; status: string }[]) {
      if (!io) return;
      for (const c of conversations) {
        io.to(conversationRoom(c.id)).emit('conversation.status_changed', {
          conversationId: c.id,
          status: 'closed',
        });
        if (c.status === 'handoff')
          io.to(STAFF_ROOM).emit('queue.changed', { conversationId: c.id, reason: 'erased' });
      }
    },
  };
}
export type ErasureNotifier = ReturnType<typeof erasureNotifier>;
