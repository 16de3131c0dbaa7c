import { identityReasonSchema, levelOfAssuranceSchema } from '@hub/contract';
import express, { Router, type Request } from 'express';
import { z } from 'zod';
import type { Cluster } from '../../cluster/index.ts';
import { sharedRateLimitStore } from '../../cluster/rate-limit-store.ts';
import { limitRequests } from '../../http/rate-limit.ts';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import type { HubServer, RealtimePlugin } from '../../realtime/socket-kit.ts';
import type { SessionCookie } from '../../staff/cookie.ts';
import { createEauthRouter } from '../router.ts';
import { createPrismaEauthStore } from '../prisma-store.ts';
import type { LoginContext } from '../login-context.ts';
import { authorizeCitizenLogin, citizenIdentity } from './citizen-login.ts';
import { createIdentities, type Identities } from './identities.ts';
import { createIdentityNotifier } from './notify.ts';
import { identityPlugin } from './realtime.ts';
import { withOutcome } from './return-marker.ts';
import type { EauthSetup } from './setup.ts';
import { staffApiRouter, staffSessionRoute } from './staff-routes.ts';
import { staffIdentity, staffLoginAllowed } from './staff-login.ts';

export interface EauthMountDeps {
  setup: EauthSetup;
  db: Db;
  logger: Logger;
  cluster: Cluster;
  cookie: SessionCookie;
  anonTokenSecret: string;
  sessionTtlHours: number;
  allowedOrigins: readonly string[];
}

/** eAuth wired into the hub: routes for app.ts, a socket plugin and `attach(io)` for http-server.ts. */
export interface EauthMount {
  /** Mounted at /eauth: metadata, login, ACS, and the staff session hand-over. */
  router: Router;
  /** Mounted at /api/eauth: whether eAuth is on; admins' staff links. */
  api: Router;
  /** EAUTH_ENV=local only, mounted at /test-idp. */
  testIdpRouter?: Router;
  plugin: RealtimePlugin;
  identities: Identities;
  attach(io: HubServer): void;
  /** The assistant's `identity.request` event (bot-host): validated, web chat only. */
  assistantRequest(conversation: { id: string; channel: string }, value: unknown): Promise<void>;
}

/** Only the web chat can show the sign-in card (a messenger cannot; the kiosk never logs in on its screen). */
const STEP_UP_CHANNELS = new Set(['chat', 'web']);
const assistantRequestSchema = z.object({ level: levelOfAssuranceSchema, reason: identityReasonSchema });

export function createEauthMount(deps: EauthMountDeps): EauthMount {
  const { db, setup } = deps;
  const shared = deps.cluster.store;
  const identities = createIdentities(db, shared);
  const notify = createIdentityNotifier(db, identities);
  const citizen = { db, anonTokenSecret: deps.anonTokenSecret, identities, notify };

  const saml = createEauthRouter({
    config: setup.config,
    store: createPrismaEauthStore(db),
    logger: deps.logger,
    allowedOrigins: deps.allowedOrigins,
    authorizeLogin: (req: Request, context: LoginContext) =>
      context.purpose === 'staff'
        ? staffLoginAllowed(db, context)
        : authorizeCitizenLogin(citizen, req, context),
    onIdentity: (identity, context) =>
      context.purpose === 'staff'
        ? staffIdentity({ db, shared }, identity, context)
        : citizenIdentity(citizen, identity, context),
    // Back to where the login started, saying what went wrong; nothing was stored.
    onFailure: async (code, context) => withOutcome(context.returnPath, code),
  });

  const router = express.Router();
  // Starting logins costs a signature and a stored row: 20 a minute per client is plenty for a person.
  router.post(
    '/login',
    limitRequests({ windowMs: 60_000, limit: 20, store: sharedRateLimitStore(deps.cluster, 'eauth-login') }),
  );
  router.get(
    '/staff-session',
    staffSessionRoute({ db, shared, cookie: deps.cookie, ttlHours: deps.sessionTtlHours }),
  );
  router.use(saml);

  return {
    router,
    api: staffApiRouter({ db, allowedOrigins: deps.allowedOrigins, levels: ['SUBSTANTIAL', 'HIGH'] }),
    ...(setup.testIdp ? { testIdpRouter: setup.testIdp.router } : {}),
    plugin: identityPlugin(identities, notify),
    identities,
    attach: (io) => notify.attach(io),
    async assistantRequest(conversation, value) {
      const parsed = assistantRequestSchema.safeParse(value);
      if (!parsed.success || !STEP_UP_CHANNELS.has(conversation.channel)) return;
      await identities.request({ conversationId: conversation.id, ...parsed.data, by: 'assistant' });
      await notify.changed(conversation.id);
    },
  };
}
