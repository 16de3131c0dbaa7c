import type { KnowledgeBase } from '@hub/knowledge';
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import { createAnalytics, type Analytics } from './analytics/index.ts';
import { localCluster, type Cluster } from './cluster/index.ts';
import { analyticsRouter } from './api/analytics-routes.ts';
import { catalogRouter } from './api/catalog-routes.ts';
import { citizenTokenRouter } from './api/citizen-token-routes.ts';
import { healthRouter } from './api/health-routes.ts';
import { createMetrics } from './api/metrics.ts';
import { buildOpenApiDocument } from './api/openapi.ts';
import {
  channelRoutes,
  createBotHost,
  type BotHost,
  type BotHostDeps,
  type ChannelRouteDeps,
} from './bot-host/index.ts';
import type { Config } from './config/schema.ts';
import type { Db } from './db/client.ts';
import { helpdeskRouter, helpdeskRuntime, DEFAULT_MAX_CONVERSATIONS } from './helpdesk/index.ts';
import { accessLog } from './http/access-log.ts';
import { builtApps } from './http/built-apps.ts';
import { apiNotFound, errorHandler } from './http/errors.ts';
import { limitRequests } from './http/rate-limit.ts';
import { requestId } from './http/request-id.ts';
import { corsAllowList, securityHeaders } from './http/security.ts';
import type { Logger } from './logger.ts';
import { sessionCookie, type SessionCookie } from './staff/cookie.ts';
import { localIdentityProvider, type IdentityProvider } from './staff/identity.ts';
import { loadStaffSession } from './staff/middleware.ts';
import { staffRouter } from './staff/routes.ts';

/** What the public directory needs (the shape of server/src/directory's DirectoryDeps). */
export interface DirectoryDepsShape {
  kb: KnowledgeBase;
  topServices: Analytics['topServices'];
  recordEvent: Analytics['recordEvent'];
}
export type DirectoryFactory = (deps: DirectoryDepsShape) => RequestHandler;
export interface DirectoryMount {
  router: DirectoryFactory;
  /** The directory's HTML 404 page, mounted after every other route. */
  notFound?: RequestHandler;
}

export interface AppDeps {
  db: Db;
  kb: KnowledgeBase;
  logger: Logger;
  analytics?: Analytics;
  /** Shared state and messages between nodes; one process (localCluster) unless REDIS_URL is set. */
  cluster?: Cluster;
  identity?: IdentityProvider;
  /** dist/apps of scripts/build-apps.ts, served under /apps/<name>/. */
  appsDir?: string;
  /** The public directory, mounted after everything else. */
  directory?: DirectoryMount;
  /** Overrides for the citizen assistant (a fixed clock or working hours in tests). */
  assistant?: Pick<BotHostDeps, 'clock' | 'hours' | 'minutesPerConversation'> &
    Pick<ChannelRouteDeps, 'viberClient' | 'botFrameworkAuth'>;
}

export interface HubApp {
  app: Express;
  analytics: Analytics;
  cluster: Cluster;
  cookie: SessionCookie;
  /** Origins allowed to call with credentials and to open sockets: our own plus CORS_ORIGINS. */
  allowedOrigins: string[];
  /** The citizen assistant, when config.assistantEnabled. */
  botHost?: BotHost;
}

export function createApp(config: Config, deps: AppDeps): HubApp {
  const analytics = deps.analytics ?? createAnalytics(deps.db);
  const cluster = deps.cluster ?? localCluster();
  const cookie = sessionCookie(config.cookieSecure, config.sessionTtlHours);
  const allowedOrigins = [config.publicOrigin, ...config.corsOrigins];
  const metrics = createMetrics();
  const openApi = buildOpenApiDocument('0.1.0');
  const botHost = config.assistantEnabled
    ? createBotHost({
        db: deps.db,
        kb: deps.kb,
        logger: deps.logger,
        analytics,
        publicBaseUrl: config.publicOrigin,
        ...deps.assistant,
      })
    : undefined;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    requestId,
    accessLog(deps.logger),
    metrics.middleware,
    securityHeaders({ upgradeInsecure: config.cookieSecure }),
  );
  app.use(healthRouter(deps.db, metrics.registry));

  const api = express.Router();
  api.use(corsAllowList(config.corsOrigins));
  api.use(limitRequests({ windowMs: 60_000, limit: config.rateLimitPerMinute }));
  api.use(express.json({ limit: config.bodyLimit }));
  api.use(cookieParser(config.sessionSecret));
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  api.use(catalogRouter(deps.kb));
  api.use(analyticsRouter(analytics, deps.kb));
  api.use(citizenTokenRouter(config.anonTokenSecret));
  api.use(
    '/staff',
    loadStaffSession(deps.db, cookie),
    staffRouter({
      db: deps.db,
      identity: deps.identity ?? localIdentityProvider(deps.db),
      cookie,
      sessionTtlHours: config.sessionTtlHours,
      allowedOrigins,
      loginAttemptsPer15Min: config.loginAttemptsPer15Min,
    }),
  );
  api.use(
    '/helpdesk',
    loadStaffSession(deps.db, cookie),
    helpdeskRouter(deps.db, helpdeskRuntime(deps.db, deps.kb), allowedOrigins, DEFAULT_MAX_CONVERSATIONS),
  );
  api.use(apiNotFound);
  if (botHost)
    app.use(
      '/api',
      channelRoutes({
        config,
        db: deps.db,
        kb: deps.kb,
        analytics,
        host: botHost,
        logger: deps.logger,
        ...deps.assistant,
      }),
    );
  app.use('/api', api);

  if (deps.appsDir) app.use('/apps', builtApps(deps.appsDir));
  app.get('/helpdesk', (_req, res) => res.redirect(302, '/apps/helpdesk/'));
  if (deps.directory) {
    app.use(
      deps.directory.router({
        kb: deps.kb,
        topServices: analytics.topServices,
        recordEvent: analytics.recordEvent,
      }),
    );
    if (deps.directory.notFound) app.use(deps.directory.notFound);
  }
  app.use(apiNotFound);
  app.use(errorHandler(deps.logger));
  return { app, analytics, cluster, cookie, allowedOrigins, ...(botHost ? { botHost } : {}) };
}
