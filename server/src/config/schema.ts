import path from 'node:path';
import { z } from 'zod';
import { retentionEnvShape, type RetentionSettings } from '../privacy/retention-settings.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const secret = z.string().min(32, 'must be at least 32 characters');

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const databaseUrl = z
  .string()
  .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), 'must start with file: (SQLite) or postgresql://');

const origins = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url().refine(isBareOrigin, 'each origin must be scheme://host[:port] only')));

function isBareOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** TRUST_PROXY as express understands it: a hop count, true/false, or a list of addresses. */
const trustProxy = z.string().transform((v): boolean | number | string => {
  if (v === 'true') return true;
  if (v === 'false' || v === '') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
});

/** The environment variables the server reads, all validated once at start. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: databaseUrl.optional(),
  SESSION_SECRET: secret.optional(),
  ANON_TOKEN_SECRET: secret.optional(),
  /** Comma-separated origins allowed for CORS and socket.io (besides the server's own). */
  CORS_ORIGINS: origins.default([]),
  /**
   * Origins of the kiosk app's screens (Electron's app://kiosk), allowed for CORS without credentials and for
   * socket.io, never for staff requests; a device token or citizen token is still required. Empty = none.
   */
  KIOSK_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.string().regex(/^app:\/\/[a-z0-9-]{1,40}$/, 'each kiosk origin must look like app://kiosk')),
    )
    .default(['app://kiosk']),
  /** The server's public origin, e.g. https://hub.sofia.bg; defaults to http://localhost:PORT. */
  PUBLIC_ORIGIN: z.url().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  TRUST_PROXY: trustProxy.default(false),
  /** Cookies get the Secure flag; default on in production. */
  COOKIE_SECURE: booleanish.optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(300),
  LOGIN_ATTEMPTS_PER_15_MIN: z.coerce.number().int().min(1).max(1000).default(10),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb')
    .default('100kb'),
  /** Run the citizen assistant in the server (web chat, Viber, Bot Framework); on by default. */
  ASSISTANT: booleanish.default(true),
  /** Bot Framework (Azure Bot Service) credentials for POST /api/messages; none = endpoint disabled. */
  MICROSOFT_APP_ID: z.string().max(200).optional(),
  MICROSOFT_APP_PASSWORD: z.string().max(500).optional(),
  MICROSOFT_APP_TENANT_ID: z.string().max(200).optional(),
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  /** Viber bot: the token from the Viber admin panel; none = webhook disabled. */
  VIBER_AUTH_TOKEN: z.string().min(10).max(200).optional(),
  VIBER_API_URL: z.url().default('https://chatapi.viber.com/pa'),
  /** Sender name shown in Viber (max 28 characters by Viber's rules). */
  VIBER_BOT_NAME: z.string().min(1).max(28).default('София помага'),
  /** Multi-node mode (needs DATABASE_URL on PostgreSQL): socket.io, rate limits, presence and jobs shared in Redis. */
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\//.test(v), 'must start with redis:// or rediss://')
    .optional(),
  /** Prefix of every Redis key and channel, so several hubs can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,40}$/, 'letters, digits, ":", "_" or "-" only')
    .default('hub:'),
  /** RETENTION_*: how long personal data is kept (server/src/privacy). */
  ...retentionEnvShape,
  /** Make the most used guides' how-to videos in the background after start (server/src/campaign); `off` in tests. */
  MEDIA_AUTOGEN: z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .transform((v) => v === 'on' || v === 'true' || v === '1')
    .default(true),
});
export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string;
  databaseProvider: 'sqlite' | 'postgresql';
  sessionSecret: string;
  anonTokenSecret: string;
  corsOrigins: string[];
  publicOrigin: string;
  logLevel: Env['LOG_LEVEL'];
  trustProxy: boolean | number | string;
  cookieSecure: boolean;
  sessionTtlHours: number;
  rateLimitPerMinute: number;
  loginAttemptsPer15Min: number;
  bodyLimit: string;
  /** Absent (tests) means off; loadConfig sets it from ASSISTANT. */
  assistantEnabled?: boolean;
  /** Background video generation for the top guides; absent (tests) means off; from MEDIA_AUTOGEN. */
  mediaAutogen?: boolean;
  botFramework?: BotFrameworkConfig;
  viber?: ViberConfig;
  /** KIOSK_ORIGINS: the kiosk screens' origins (CORS without credentials and socket.io only). */
  kioskOrigins?: string[];
  /** Multi-node mode: set with REDIS_URL (and only with PostgreSQL). */
  redis?: { url: string; prefix: string };
  /** Retention periods and job interval; absent (tests) means the defaults of server/src/privacy. */
  retention?: RetentionSettings;
}

export interface BotFrameworkConfig {
  appId: string;
  appPassword?: string | undefined;
  tenantId?: string | undefined;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export interface ViberConfig {
  authToken: string;
  apiUrl: string;
  botName: string;
}

export function defaultSqliteUrl(dataDir: string): string {
  return `file:${path.resolve(dataDir, 'hub.db')}`;
}
