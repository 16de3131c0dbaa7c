import path from 'node:path';
import { defaultSqliteUrl, envSchema, type Config } from './schema.ts';
import { retentionFromEnv } from '../privacy/retention-settings.ts';
import { loadOrCreateSecrets } from './secrets.ts';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment once. Every bad variable is reported at once, each line naming it.
 * Secrets not given are generated and persisted in DATA_DIR.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(emptyToUndefined(source));
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const env = result.data;
  const retention = retentionFromEnv(env);
  if ('problems' in retention) throw new ConfigError(retention.problems);
  const dataDir = path.resolve(env.DATA_DIR);
  const needsGenerated = !env.SESSION_SECRET || !env.ANON_TOKEN_SECRET;
  const generated = needsGenerated ? loadOrCreateSecrets(dataDir) : undefined;
  const databaseUrl = env.DATABASE_URL ?? defaultSqliteUrl(dataDir);
  if (env.REDIS_URL && databaseUrl.startsWith('file:'))
    throw new ConfigError([
      'REDIS_URL: multi-node mode needs a shared database; set DATABASE_URL to a postgresql:// URL (SQLite is one process only)',
    ]);
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    dataDir,
    databaseUrl,
    databaseProvider: databaseUrl.startsWith('file:') ? 'sqlite' : 'postgresql',
    sessionSecret: env.SESSION_SECRET ?? generated!.sessionSecret,
    anonTokenSecret: env.ANON_TOKEN_SECRET ?? generated!.anonTokenSecret,
    corsOrigins: env.CORS_ORIGINS,
    publicOrigin: env.PUBLIC_ORIGIN ? new URL(env.PUBLIC_ORIGIN).origin : `http://localhost:${env.PORT}`,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
    sessionTtlHours: env.SESSION_TTL_HOURS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    loginAttemptsPer15Min: env.LOGIN_ATTEMPTS_PER_15_MIN,
    bodyLimit: env.BODY_LIMIT,
    assistantEnabled: env.ASSISTANT,
    mediaAutogen: env.MEDIA_AUTOGEN,
    kioskOrigins: env.KIOSK_ORIGINS,
    retention: retention.settings,
    ...(env.REDIS_URL ? { redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX } } : {}),
    ...(env.MICROSOFT_APP_ID
      ? {
          botFramework: {
            appId: env.MICROSOFT_APP_ID,
            appPassword: env.MICROSOFT_APP_PASSWORD,
            tenantId: env.MICROSOFT_APP_TENANT_ID,
            appType: env.MICROSOFT_APP_TYPE ?? 'MultiTenant',
          },
        }
      : {}),
    ...(env.VIBER_AUTH_TOKEN
      ? { viber: { authToken: env.VIBER_AUTH_TOKEN, apiUrl: env.VIBER_API_URL, botName: env.VIBER_BOT_NAME } }
      : {}),
  };
}

/** Only the variables the schema knows, with empty strings treated as unset. */
function emptyToUndefined(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    out[key] = value === undefined || value.trim() === '' ? undefined : value;
  }
  return out;
}

export type { Config };
