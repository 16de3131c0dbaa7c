import { KIOSK_EVENTS, KIOSK_NAMESPACE } from '@hub/contract';
import type { Cluster } from '../cluster/index.ts';
import type { Db } from '../db/client.ts';
import { safeError, type Logger } from '../logger.ts';
import { conversationRoom, STAFF_ROOM, type HubServer } from '../realtime/socket-kit.ts';
import { deviceForToken } from './devices.ts';
import { VISITOR_LEFT_TOPIC, type VisitorLeft } from './visitor-left.ts';

export const KIOSK_PUSH_TOPIC = 'kiosk.pushed';
export const deviceRoom = (deviceId: string) => `device:${deviceId}`;
export const ALL_DEVICES_ROOM = 'devices';

/**
 * The /kiosk namespace: a device connects with `auth: { deviceToken }` and joins its own room. When staff push
 * something (on any node: the cluster bus carries it), the device is told to fetch it with a heartbeat now; the
 * pushed data itself travels only in the heartbeat answer, so there is one validated path and the database is
 * the source of truth. Citizens and staff cannot connect here; devices cannot use the default namespace.
 * Also relays "the kiosk visitor left" (routes.ts) to the conversation and the help desk on every node.
 */
export function attachKioskRealtime(
  io: HubServer,
  deps: { db: Db; logger: Logger; cluster: Cluster },
): () => void {
  const nsp = io.of(KIOSK_NAMESPACE);
  nsp.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    deviceForToken(deps.db, auth.deviceToken).then(
      (device) => {
        if (!device) return next(new Error('unauthorized'));
        (socket.data as unknown as { deviceId?: string }).deviceId = device.id;
        next();
      },
      (error: unknown) => {
        deps.logger.error({ error: safeError(error) }, 'kiosk socket authentication failed');
        next(new Error('unavailable'));
      },
    );
  });
  nsp.on('connection', (socket) => {
    const deviceId = (socket.data as unknown as { deviceId: string }).deviceId;
    void socket.join([deviceRoom(deviceId), ALL_DEVICES_ROOM]);
  });
  // Emit locally only: every node receives the bus message and reaches its own sockets.
  const offPush = deps.cluster.bus.subscribe(KIOSK_PUSH_TOPIC, (payload) => {
    const deviceId = (payload as { deviceId?: unknown } | null)?.deviceId;
    const room =
      typeof deviceId === 'string' ? deviceRoom(deviceId) : deviceId === null ? ALL_DEVICES_ROOM : null;
    if (room) (nsp.local.to(room).emit as (event: string) => boolean)(KIOSK_EVENTS.pushed);
  });
  const offLeft = deps.cluster.bus.subscribe(VISITOR_LEFT_TOPIC, (payload) => {
    const left = payload as Partial<VisitorLeft> | null;
    if (!left || typeof left.conversationId !== 'string' || !left.message) return;
    const local = io.local;
    local
      .to(conversationRoom(left.conversationId))
      .emit('message.created', left.message as VisitorLeft['message']);
    if (left.closed)
      local
        .to(conversationRoom(left.conversationId))
        .emit('conversation.status_changed', { conversationId: left.conversationId, status: 'closed' });
    local.to(STAFF_ROOM).emit('queue.changed', {
      conversationId: left.conversationId,
      reason: left.closed ? 'closed' : 'message',
    });
  });
  return () => {
    offPush();
    offLeft();
  };
}
