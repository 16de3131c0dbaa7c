import type { Ack, ApiError, ClientToServerEvents, ServerToClientEvents } from '@hub/contract';
import type { Server, Socket } from 'socket.io';
import type { z } from 'zod';
import type { Db } from '../db/client.ts';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/unavailable.ts';
import { describeIssues } from '../http/validate.ts';
import { safeError, type Logger } from '../logger.ts';
import type { SocketIdentity } from './auth.ts';
import { wellFormed } from '../http/well-formed.ts';

/** What every socket handler module shares: typed server/socket, rooms, validation and acknowledgement. */
export interface SocketData {
  identity: SocketIdentity;
}
export type HubServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type HubSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const STAFF_ROOM = 'staff';
export const conversationRoom = (id: string) => `conversation:${id}`;

export class AckError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export function parse<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const result = schema.safeParse(wellFormed(payload));
  if (!result.success) throw new AckError({ code: 'invalid_request', message: describeIssues(result.error) });
  return result.data;
}

/** Wraps a handler: validates that an ack exists, answers errors as `{ ok: false, error }`, never throws. */
export function handle<P, T>(logger: Logger, event: string, fn: (payload: P) => Promise<T>) {
  return (payload: P, ack: (res: Ack<T>) => void) => {
    if (typeof ack !== 'function') return;
    fn(payload).then(
      (data) => ack({ ok: true, data }),
      (error: unknown) => {
        if (error instanceof AckError) return ack({ ok: false, error: error.error });
        if (isDatabaseUnavailable(error))
          return ack({ ok: false, error: { code: 'unavailable', message: DATABASE_UNAVAILABLE_MESSAGE } });
        logger.error({ error: safeError(error), event }, 'socket handler failed');
        ack({ ok: false, error: { code: 'internal', message: 'something went wrong on our side' } });
      },
    );
  };
}

/** Everything a module that adds socket events gets for each connection. */
export interface RealtimeContext {
  io: HubServer;
  socket: HubSocket;
  db: Db;
  logger: Logger;
}

/** A module that registers its own socket events (e.g. the help desk), next to the conversation events. */
export type RealtimePlugin = (ctx: RealtimeContext) => void;
