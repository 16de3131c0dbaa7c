import path from 'node:path';
import type { KnowledgeBase } from '@hub/knowledge';
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import { createAnalytics, type Analytics } from './analytics/index.ts';
import { localCluster, type Cluster } from './cluster/index.ts';
import { sharedRateLimitStore } from './cluster/rate-limit-store.ts';
import { sharePresence } from './helpdesk/presence-share.ts';
import { analyticsRouter, staffAnalyticsRouter } from './api/analytics-routes.ts';
import { subscribeGapTasks } from './gaps/index.ts';
import {
  createCampaign,
  mediaLibrary,
  withMediaVideos,
  withVisitCampaign,
  type CampaignDeps,
  type CampaignModule,
} from './campaign/index.ts';
import type { DirectoryMedia } from './directory/index.ts';
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
import { createEauthMount, eauthOffApi, type EauthMount, type EauthSetup } from './eauth/hub/index.ts';
import { apiNotFound, errorHandler } from './http/errors.ts';
import { limitRequests } from './http/rate-limit.ts';
import { requestId } from './http/request-id.ts';
import { corsAllowList, securityHeaders } from './http/security.ts';
import { createEditor, liveKnowledgeBase, type Editor, type LiveKnowledgeBase } from './editor/index.ts';
import { continueRouter, kioskRouter } from './kiosk/index.ts';
import type { Logger } from './logger.ts';
import { myDataApi, type ErasureNotifier } from './privacy/my-data/index.ts';
import { privacyNoticeFacts, type PrivacyNoticeFacts } from './privacy/notice-facts.ts';
import { sessionCookie, type SessionCookie } from './staff/cookie.ts';
import { localIdentityProvider, type IdentityProvider } from './staff/identity.ts';
import { loadStaffSession } from './staff/middleware.ts';
import { staffRouter } from './staff/routes.ts';

/** What the public directory needs (the shape of server/src/directory's DirectoryDeps). */
export interface DirectoryDepsShape {
  kb: KnowledgeBase;
  topServices: Analytics['topServices'];
  recordEvent: Analytics['recordEvent'];
  media?: DirectoryMedia;
  /** What the privacy notice quotes: the retention settings in force. */
  privacy?: PrivacyNoticeFacts;
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
  /** Test doubles for the campaign kit (posters, social cards, videos); see server/src/campaign. */
  campaignMakers?: CampaignDeps['makers'];
  identity?: IdentityProvider;
  /** dist/apps of scripts/build-apps.ts, served under /apps/<name>/. */
  appsDir?: string;
  /** The public directory, mounted after everything else. */
  directory?: DirectoryMount;
  /** eAuth (EAUTH_ENV): citizen step-up and staff sign-in; prepared by prepareEauth in server.ts. */
  eauth?: EauthSetup;
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
  /** eAuth, when configured: its socket plugin and `attach(io)` for http-server.ts. */
  eauth?: EauthMount;
  /** Tells sockets about conversations a citizen erased (attach to socket.io once listening). */
  erasure: ErasureNotifier;
  /** The knowledge base every module reads through; the guide editor swaps it when a guide is published. */
  kb: LiveKnowledgeBase;
  editor: Editor;
  /** Short links, served media, print materials; `campaign.startAutogen()` is called by server.ts. */
  campaign: CampaignModule;
}

export function createApp(config: Config, appDeps: AppDeps): HubApp {
  // Every module reads guides through one live knowledge base, which the guide editor swaps on publish;
  // guides whose how-to video was made (DATA_DIR/media) carry it in their `video` field (server/src/campaign).
  const media = mediaLibrary(path.join(config.dataDir, 'media'));
  const deps = { ...appDeps, kb: withMediaVideos(liveKnowledgeBase(appDeps.kb), media) };
  const analytics = deps.analytics ?? createAnalytics(deps.db, deps.kb);
  const cluster = deps.cluster ?? localCluster();
  subscribeGapTasks(cluster.bus, deps.db, deps.logger);
  // Several nodes: agents on other nodes count as online here too (presence over the cluster bus).
  if (cluster.mode === 'redis') sharePresence(helpdeskRuntime(deps.db, deps.kb).presence, cluster);
  const cookie = sessionCookie(config.cookieSecure, config.sessionTtlHours);
  const allowedOrigins = [config.publicOrigin, ...config.corsOrigins];
  const editor = createEditor({
    db: deps.db,
    kb: deps.kb,
    cluster,
    logger: deps.logger,
    cookie,
    sessionSecret: config.sessionSecret,
    allowedOrigins,
    publicOrigin: config.publicOrigin,
  });
  const eauth = deps.eauth
    ? createEauthMount({
        setup: deps.eauth,
        db: deps.db,
        logger: deps.logger,
        cluster,
        cookie,
        anonTokenSecret: config.anonTokenSecret,
        sessionTtlHours: config.sessionTtlHours,
        allowedOrigins,
      })
    : undefined;
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
        ...(eauth ? { onIdentityRequest: eauth.assistantRequest } : {}),
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
  const campaign = createCampaign({
    db: deps.db,
    kb: deps.kb,
    library: media,
    logger: deps.logger,
    cluster,
    record: analytics.record,
    topServices: analytics.topServices,
    dataDir: config.dataDir,
    publicOrigin: config.publicOrigin,
    allowedOrigins,
    secureCookie: config.cookieSecure,
    ...(deps.campaignMakers ? { makers: deps.campaignMakers } : {}),
  });
  app.use(campaign.visitScope);

  const api = express.Router();
  api.use(corsAllowList([...config.corsOrigins, ...(config.kioskOrigins ?? [])]));
  api.use(
    limitRequests({
      windowMs: 60_000,
      limit: config.rateLimitPerMinute,
      store: sharedRateLimitStore(cluster, 'api'),
    }),
  );
  api.use(express.json({ limit: config.bodyLimit }));
  api.use(cookieParser(config.sessionSecret));
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  api.use(catalogRouter(deps.kb));
  api.use(analyticsRouter(analytics, deps.kb, deps.db));
  api.use(
    '/analytics',
    loadStaffSession(deps.db, cookie),
    staffAnalyticsRouter(deps.db, deps.kb, allowedOrigins),
  );
  api.use(citizenTokenRouter(config.anonTokenSecret));
  const myData = myDataApi(config, deps);
  api.use(myData.router);
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
      loginLimitStore: sharedRateLimitStore(cluster, 'login'),
      accountLimitStore: sharedRateLimitStore(cluster, 'login-account'),
    }),
  );
  api.use(
    '/helpdesk',
    loadStaffSession(deps.db, cookie),
    helpdeskRouter(deps.db, helpdeskRuntime(deps.db, deps.kb), allowedOrigins, DEFAULT_MAX_CONVERSATIONS),
  );
  api.use(
    '/kiosk',
    loadStaffSession(deps.db, cookie),
    kioskRouter({
      db: deps.db,
      kb: () => deps.kb,
      cluster,
      logger: deps.logger,
      allowedOrigins,
      anonTokenSecret: config.anonTokenSecret,
      publicOrigin: config.publicOrigin,
    }),
  );
  api.use('/eauth', loadStaffSession(deps.db, cookie), eauth ? eauth.api : eauthOffApi());
  api.use('/campaign', loadStaffSession(deps.db, cookie), campaign.apiRouter);
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
  app.use('/api/editor', editor.router);
  app.use('/api', api);
  if (eauth) app.use('/eauth', cookieParser(config.sessionSecret), eauth.router);
  if (eauth?.testIdpRouter) app.use('/test-idp', eauth.testIdpRouter);

  if (deps.appsDir) app.use('/apps', builtApps(deps.appsDir));
  app.get('/helpdesk', (_req, res) => res.redirect(302, '/apps/helpdesk/'));
  app.use(continueRouter());
  app.use(campaign.publicRouter);
  if (deps.directory) {
    app.use(
      deps.directory.router({
        kb: deps.kb,
        topServices: analytics.topServices,
        recordEvent: withVisitCampaign(analytics.recordEvent),
        media: campaign.directoryMedia,
        privacy: privacyNoticeFacts(config.retention),
      }),
    );
    if (deps.directory.notFound) app.use(deps.directory.notFound);
  }
  app.use(apiNotFound);
  app.use(errorHandler(deps.logger));
  return {
    app,
    analytics,
    cluster,
    cookie,
    allowedOrigins,
    erasure: myData.notifier,
    kb: deps.kb,
    editor,
    campaign,
    ...(botHost ? { botHost } : {}),
    ...(eauth ? { eauth } : {}),
  };
}
