import { readFile } from 'node:fs/promises';
import { eauthSettingsSchema, EAUTH_PRESETS, type EauthConfig, type EauthSettings } from './schema.ts';

export type EauthConfigResult = { ok: true; config: EauthConfig } | { ok: false; problems: string[] };

type Env = Record<string, string | undefined>;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function num(value: string | undefined): number | undefined | string {
  if (value === undefined || value === '') return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function bool(value: string | undefined): boolean | undefined | string {
  if (value === undefined || value === '') return undefined;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  return value;
}

/** EAUTH_* environment variables to the settings object; presets fill eAuth's published values. */
export function settingsFromEnv(env: Env): unknown {
  const environment = env.EAUTH_ENV ?? 'test';
  const test = environment === 'test' ? EAUTH_PRESETS.test : undefined;
  const production = environment === 'production' ? EAUTH_PRESETS.production : undefined;
  return {
    environment,
    idp: {
      ssoUrl: env.EAUTH_SSO_URL ?? test?.ssoUrl ?? production?.ssoUrl,
      entityId: env.EAUTH_IDP_ENTITY_ID ?? test?.idpEntityId,
      certFile: env.EAUTH_IDP_CERT_FILE,
    },
    sp: {
      entityId: env.EAUTH_SP_ENTITY_ID,
      acsUrl: env.EAUTH_ACS_URL,
      keyFile: env.EAUTH_SP_KEY_FILE,
      certFile: env.EAUTH_SP_CERT_FILE,
      decryptionKeyFile: env.EAUTH_DECRYPTION_KEY_FILE,
      decryptionCertFile: env.EAUTH_DECRYPTION_CERT_FILE,
    },
    providerOid: env.EAUTH_PROVIDER_OID ?? test?.providerOid,
    serviceOids: {
      LOW: env.EAUTH_SERVICE_OID_LOW ?? test?.serviceOids.LOW,
      SUBSTANTIAL: env.EAUTH_SERVICE_OID_SUBSTANTIAL ?? test?.serviceOids.SUBSTANTIAL,
      HIGH: env.EAUTH_SERVICE_OID_HIGH ?? test?.serviceOids.HIGH,
    },
    requestedAttributes: list(env.EAUTH_REQUESTED_ATTRIBUTES),
    defaultLevel: env.EAUTH_DEFAULT_LEVEL,
    requireEncryptedAssertions: bool(env.EAUTH_REQUIRE_ENCRYPTED_ASSERTIONS) ?? environment === 'production',
    clockSkewMs: num(env.EAUTH_CLOCK_SKEW_MS),
    pendingTtlMs: num(env.EAUTH_PENDING_TTL_MS),
    pseudonymSecret: env.EAUTH_PSEUDONYM_SECRET,
  };
}

export type ReadText = (path: string) => Promise<string>;
const readText: ReadText = (path) => readFile(path, 'utf8');

/** Validates the settings, then reads every key and certificate; reports all problems at once. */
export async function loadEauthConfig(raw: unknown, read: ReadText = readText): Promise<EauthConfigResult> {
  const parsed = eauthSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `eauth.${i.path.join('.')}: ${i.message}`),
    };
  }
  const settings: EauthSettings = parsed.data;
  const problems: string[] = [];
  const pem = async (field: string, path: string | undefined, label: RegExp) => {
    if (path === undefined) return undefined;
    try {
      const text = await read(path);
      if (!label.test(text)) problems.push(`eauth.${field}: ${path} is not a PEM file of the right kind`);
      return text;
    } catch {
      problems.push(`eauth.${field}: cannot read ${path}`);
      return undefined;
    }
  };
  const CERT = /-----BEGIN CERTIFICATE-----/;
  const KEY = /-----BEGIN (RSA )?PRIVATE KEY-----/;
  const idpCert = await pem('idp.certFile', settings.idp.certFile, CERT);
  const spKey = await pem('sp.keyFile', settings.sp.keyFile, KEY);
  const spCert = await pem('sp.certFile', settings.sp.certFile, CERT);
  const decryptionKey = await pem('sp.decryptionKeyFile', settings.sp.decryptionKeyFile, KEY);
  const decryptionCert = await pem('sp.decryptionCertFile', settings.sp.decryptionCertFile, CERT);
  if (problems.length > 0 || !idpCert || !spKey || !spCert) return { ok: false, problems };
  return {
    ok: true,
    config: {
      ...settings,
      keys: {
        idpCert,
        spKey,
        spCert,
        ...(decryptionKey ? { decryptionKey } : {}),
        ...(decryptionCert ? { decryptionCert } : {}),
      },
    },
  };
}
