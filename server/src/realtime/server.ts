import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import type { Db } from '../db/client.ts';
import { isAllowedOrigin } from '../http/security.ts';
import { safeError, type Logger } from '../logger.ts';
import type { SessionCookie } from '../staff/cookie.ts';
import { identifySocket } from './auth.ts';
import { registerHandlers } from './handlers.ts';
import type { ConversationHooks } from './conversation-hooks.ts';
import type { HubServer, RealtimePlugin } from './socket-kit.ts';

export interface RealtimeOptions {
  db: Db;
  logger: Logger;
  cookie: SessionCookie;
  sessionSecret: string;
  anonTokenSecret: string;
  allowedOrigins: readonly string[];
  /** Modules that add their own socket events (help desk, …); run after the conversation events. */
  plugins?: readonly RealtimePlugin[];
  /** The bot host's view of conversation events. */
  hooks?: ConversationHooks;
  /** Adapter and connection-state recovery for several nodes (server/src/cluster/socket-adapter.ts). */
  serverOptions?: Partial<ServerOptions>;
}

/** socket.io on the HTTP server: Origin checked at the handshake, then citizen token or staff session. */
export function attachRealtime(httpServer: HttpServer, options: RealtimeOptions): HubServer {
  const io: HubServer = new Server(httpServer, {
    ...options.serverOptions,
    maxHttpBufferSize: 64 * 1024,
    cors: { origin: [...options.allowedOrigins], credentials: true },
    allowRequest: (req, callback) => {
      callback(null, isAllowedOrigin(req.headers.origin, options.allowedOrigins));
    },
  });
  io.use((socket, next) => {
    identifySocket(options, socket.request, (socket.handshake.auth ?? {}) as Record<string, unknown>).then(
      (identity) => {
        if (!identity) return next(new Error('unauthorized'));
        socket.data.identity = identity;
        next();
      },
      (error: unknown) => {
        options.logger.error({ error: safeError(error) }, 'socket authentication failed');
        next(new Error('unavailable'));
      },
    );
  });
  io.on('connection', (socket) => {
    registerHandlers(io, socket, options.db, options.logger, options.hooks);
    for (const plugin of options.plugins ?? [])
      plugin({ io, socket, db: options.db, logger: options.logger });
  });
  return io;
}
