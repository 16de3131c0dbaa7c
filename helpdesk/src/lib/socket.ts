import type { ClientToServerEvents, ServerToClientEvents } from '@hub/contract';
import { io, type Socket } from 'socket.io-client';

export type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export class AckFailure extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
  ) {
    super(code);
  }
}

type ServerEventHandlers = { [E in keyof ServerToClientEvents]?: ServerToClientEvents[E] };

/** Subscribes each handler to its server event; returns the function that unsubscribes them all. */
export function listen(socket: HubSocket, handlers: ServerEventHandlers): () => void {
  const entries = Object.entries(handlers) as [keyof ServerToClientEvents, never][];
  for (const [event, handler] of entries) socket.on(event, handler);
  return () => {
    for (const [event, handler] of entries) socket.off(event, handler);
  };
}

/** Staff sockets authenticate with the session cookie (same origin). */
export function connectSocket(): HubSocket {
  return io({ transports: ['websocket', 'polling'], withCredentials: true });
}

type EventName = keyof ClientToServerEvents;
type PayloadOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];
type AckResult<E extends EventName> = Parameters<
  Extract<Parameters<ClientToServerEvents[E]>[1], (...args: never[]) => unknown>
>[0];
type DataOf<E extends EventName> =
  AckResult<E> extends infer R ? (R extends { ok: true; data: infer D } ? D : never) : never;

/** Emits with an acknowledgement and unwraps it; an error answer throws AckFailure(code). */
export async function call<E extends EventName>(
  socket: HubSocket,
  event: E,
  payload: PayloadOf<E>,
): Promise<DataOf<E>> {
  const emit = socket.timeout(10_000).emitWithAck.bind(socket) as unknown as (
    e: string,
    p: unknown,
  ) => Promise<{ ok: true; data: DataOf<E> } | { ok: false; error: { code: string; message: string } }>;
  let res = await emit(event, payload);
  // The server's flood guard answers rate_limited instead of dropping: back off once and retry.
  if (!res.ok && res.error.code === 'rate_limited') {
    await new Promise((resolve) => setTimeout(resolve, 1200));
    res = await emit(event, payload);
  }
  if (!res.ok) throw new AckFailure(res.error.code, res.error.message);
  return res.data;
}
