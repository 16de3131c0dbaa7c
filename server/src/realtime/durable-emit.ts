import type { ServerToClientEvents } from '@hub/contract';
import { ClusterAdapter } from 'socket.io-adapter';
import type { HubSocket } from './socket-kit.ts';

/** socket.io-parser's PacketType.EVENT. */
const EVENT_PACKET = 2;

/**
 * `socket.to(room).emit(event, payload)`, resolved only once the packet is on its way to every node: with the
 * Redis Streams adapter, after it was appended to the stream (socket.io's own emit does not wait for that).
 * Acknowledging a message only after this means a node that crashes right after storing a message cannot
 * swallow the broadcast: either the sender saw the ack and the other nodes will read the packet from Redis, or
 * it saw none and sends again. If Redis is away, the adapter still delivers on this node and resolves.
 */
export async function emitToOthersInRoom<E extends keyof ServerToClientEvents>(
  socket: HubSocket,
  room: string,
  event: E,
  ...args: Parameters<ServerToClientEvents[E]>
): Promise<void> {
  await socket.nsp.adapter.broadcast(
    { type: EVENT_PACKET, data: [event, ...args], nsp: socket.nsp.name },
    { rooms: new Set([room]), except: new Set([socket.id]), flags: {} },
  );
}

/**
 * Whether a retried (duplicate) message must be broadcast again. With several nodes, yes: the node that stored
 * the first attempt may have died before its broadcast left it. In one process a crash takes every socket with
 * it and every client re-joins, so a retry is not broadcast again.
 */
export function rebroadcastsRetries(socket: HubSocket): boolean {
  return socket.nsp.adapter instanceof ClusterAdapter;
}
