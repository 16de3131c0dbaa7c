import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import type { Db } from '../../db/client.ts';
import { securityHeaders } from '../../http/security.ts';
import { loadEauthConfig } from '../config/load.ts';
import { EAUTH_PRESETS, type EauthConfig } from '../config/schema.ts';
import type { VerifiedIdentity } from '../identity.ts';
import type { LoginContext } from '../login-context.ts';
import { createMemoryEauthStore } from '../memory-store.ts';
import { createPrismaEauthStore } from '../prisma-store.ts';
import type { EauthStore } from '../store.ts';
import { createEauthRouter, type EauthRouterDeps } from '../router.ts';
import { generateTestKeys, type TestKeys } from '../test-idp/keys.ts';
import { createTestIdp, type TestIdp } from '../test-idp/router.ts';

export const TEST_PSEUDONYM_SECRET = 'test-only-pseudonym-secret-0123456789abcdef';

let keys: TestKeys | undefined;
/** One set of TEST keys per test process (openssl takes a moment). */
export function testKeys(): TestKeys {
  keys ??= generateTestKeys();
  return keys;
}

export interface FixtureOptions {
  /** The test IdP encrypts assertions. */
  encrypt?: boolean;
  /** The SP refuses unencrypted assertions. */
  requireEncrypted?: boolean;
  onIdentity?: (identity: VerifiedIdentity, context: LoginContext) => Promise<string>;
  router?: Pick<EauthRouterDeps, 'authorizeLogin' | 'allowedOrigins' | 'onFailure'>;
  /** Keep the SAML state in this database (the hub's Prisma store) instead of memory. */
  db?: Db;
}

export interface EauthFixture {
  base: string;
  config: EauthConfig;
  store: ReturnType<typeof createMemoryEauthStore>;
  /** Everything the SAML state holds, from memory or from the database (`options.db`). */
  dump(): Promise<{ requests: unknown[]; assertions: unknown[] }>;
  idp: TestIdp;
  logLines: string[];
  identities: { identity: VerifiedIdentity; context: LoginContext }[];
  /** POST /eauth/login; returns the page and the AuthnRequest it carries. */
  startLogin(
    form?: Record<string, string>,
  ): Promise<{ status: number; html: string; requestId: string; samlRequest: string }>;
  postForm(url: string, form: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
  postAcs(samlResponse: string): Promise<Response>;
  close(): Promise<void>;
}

export function hiddenField(html: string, name: string): string | undefined {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  return match?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

export function formAction(html: string): string | undefined {
  return /<form[^>]*action="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
}

/** SP router + test IdP router in one express app on an ephemeral loopback port. */
export async function startEauthFixture(options: FixtureOptions = {}): Promise<EauthFixture> {
  const k = testKeys();
  const app = express();
  // The hub's own CSP, so tests see what a browser would (no inline script, forms to self only).
  app.use(securityHeaders({ upgradeInsecure: false }));
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const loaded = await loadEauthConfig({
    environment: 'local',
    idp: { ssoUrl: `${base}/test-idp/sso`, entityId: `${base}/test-idp`, certFile: k.idp.certFile },
    sp: {
      entityId: `${base}/eauth/metadata`,
      acsUrl: `${base}/eauth/acs`,
      keyFile: k.sp.keyFile,
      certFile: k.sp.certFile,
      decryptionKeyFile: k.spEncryption.keyFile,
      decryptionCertFile: k.spEncryption.certFile,
    },
    providerOid: EAUTH_PRESETS.test.providerOid,
    serviceOids: EAUTH_PRESETS.test.serviceOids,
    requireEncryptedAssertions: options.requireEncrypted ?? false,
    clockSkewMs: 30_000,
    pseudonymSecret: TEST_PSEUDONYM_SECRET,
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const config = loaded.config;
  const memory = createMemoryEauthStore();
  const store: EauthStore = options.db ? createPrismaEauthStore(options.db) : memory;
  const dump = async () => {
    if (!options.db) return memory.snapshot();
    return {
      requests: await options.db.eauthPendingRequest.findMany(),
      assertions: await options.db.eauthSeenAssertion.findMany(),
    };
  };
  const logLines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
  const identities: EauthFixture['identities'] = [];
  app.use(
    '/eauth',
    createEauthRouter({
      ...options.router,
      config,
      store,
      logger,
      onIdentity:
        options.onIdentity ??
        (async (identity, context) => {
          identities.push({ identity, context });
          return context.returnPath;
        }),
    }),
  );
  const idp = createTestIdp({
    idp: { entityId: config.idp.entityId, key: k.idp.key, cert: k.idp.cert },
    ssoUrl: config.idp.ssoUrl,
    sp: {
      entityId: config.sp.entityId,
      acsUrl: config.sp.acsUrl,
      cert: k.sp.cert,
      encryptionCert: k.spEncryption.cert,
    },
    encrypt: options.encrypt ?? false,
    expectedProviderOid: config.providerOid,
    expectedServiceOids: Object.values(config.serviceOids),
  });
  app.use('/test-idp', idp.router);

  const postForm = (url: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(url.startsWith('http') ? url : base + url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
    });

  return {
    base,
    config,
    store: memory,
    dump,
    idp,
    logLines,
    identities,
    postForm,
    async startLogin(form = { returnPath: '/chat?c=abc', conversationId: 'conv_1', level: 'SUBSTANTIAL' }) {
      const res = await postForm('/eauth/login', form);
      const html = await res.text();
      const samlRequest = hiddenField(html, 'SAMLRequest') ?? '';
      const xml = Buffer.from(samlRequest, 'base64').toString('utf8');
      const requestId = /<samlp:AuthnRequest[^>]* ID="([^"]+)"/.exec(xml)?.[1] ?? '';
      return { status: res.status, html, requestId, samlRequest };
    },
    postAcs: (samlResponse) => postForm('/eauth/acs', { SAMLResponse: samlResponse }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
