import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps, type HubApp } from './app.ts';
import { realtimeClusterOptions } from './cluster/socket-adapter.ts';
import { conversationHooks } from './bot-host/index.ts';
import type { Config } from './config/schema.ts';
import { helpdeskRuntime } from './helpdesk/index.ts';
import { attachKioskRealtime } from './kiosk/index.ts';
import type { HubServer } from './realtime/socket-kit.ts';
import { attachRealtime } from './realtime/server.ts';

export interface RunningHub {
  hub: HubApp;
  http: HttpServer;
  io: HubServer;
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  close(): Promise<void>;
}

/** Express and socket.io on one HTTP server, listening on config.host:config.port (0 = any free port). */
export async function listen(config: Config, deps: AppDeps): Promise<RunningHub> {
  const hub = createApp(config, deps);
  const http = createServer(hub.app);
  // Slow clients must not hold sockets forever; keep-alive shorter than typical proxy timeouts.
  http.headersTimeout = 20_000;
  http.requestTimeout = 30_000;
  const io = attachRealtime(http, {
    db: deps.db,
    logger: deps.logger,
    cookie: hub.cookie,
    sessionSecret: config.sessionSecret,
    anonTokenSecret: config.anonTokenSecret,
    allowedOrigins: [...hub.allowedOrigins, ...(config.kioskOrigins ?? [])],
    plugins: [helpdeskRuntime(deps.db, hub.kb).plugin, ...(hub.eauth ? [hub.eauth.plugin] : [])],
    ...(hub.botHost ? { hooks: conversationHooks(hub.botHost, deps.logger) } : {}),
    serverOptions: realtimeClusterOptions(hub.cluster),
  });
  hub.botHost?.attach(io);
  hub.eauth?.attach(io);
  attachKioskRealtime(io, { db: deps.db, logger: deps.logger, cluster: hub.cluster });
  hub.erasure.attach(io);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return {
    hub,
    http,
    io,
    url: `http://${host}:${port}`,
    async close() {
      // io.close() also closes the HTTP server; wait for in-flight requests to finish.
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
        http.closeIdleConnections();
      });
    },
  };
}
