import { describe, expect, it } from 'vitest';
import { loadEauthConfig, settingsFromEnv } from './load.ts';

const CERT = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n';
const files: Record<string, string> = {
  'idp.crt': CERT,
  'sp.key': KEY,
  'sp.crt': CERT,
  'dec.key': KEY,
  'dec.crt': CERT,
};
const read = async (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error('ENOENT');
  return text;
};

const productionIds = {
  EAUTH_ENV: 'production',
  EAUTH_IDP_ENTITY_ID: 'https://eauth.egov.bg',
  EAUTH_PROVIDER_OID: '2.16.100.1.1.9',
  EAUTH_SERVICE_OID_LOW: '2.16.100.1.1.9.1.1',
  EAUTH_SERVICE_OID_SUBSTANTIAL: '2.16.100.1.1.9.1.2',
  EAUTH_SERVICE_OID_HIGH: '2.16.100.1.1.9.1.3',
};

const baseEnv = {
  EAUTH_IDP_CERT_FILE: 'idp.crt',
  EAUTH_SP_ENTITY_ID: 'https://hub.sofia.bg/eauth/metadata',
  EAUTH_ACS_URL: 'https://hub.sofia.bg/eauth/acs',
  EAUTH_SP_KEY_FILE: 'sp.key',
  EAUTH_SP_CERT_FILE: 'sp.crt',
  EAUTH_PSEUDONYM_SECRET: 'p'.repeat(40),
};

describe('eAuth configuration', () => {
  it('fills the test environment from eAuth’s published values', async () => {
    const result = await loadEauthConfig(settingsFromEnv({ ...baseEnv, EAUTH_ENV: 'test' }), read);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.idp).toMatchObject({
      ssoUrl: 'https://eauth-test.egov.bg/SingleSignOnService',
      entityId: 'https://eauth-test.egov.bg',
    });
    expect(result.config.providerOid).toBe('2.16.100.1.1.1.1.13');
    expect(result.config.serviceOids.HIGH).toBe('2.16.100.1.1.1.1.13.1.1.4');
    expect(result.config.requireEncryptedAssertions).toBe(false);
    expect(result.config.keys.spKey).toBe(KEY);
  });

  it('production needs its own OIDs, the IdP entityID, encryption and a decryption key', async () => {
    const result = await loadEauthConfig(settingsFromEnv({ ...baseEnv, EAUTH_ENV: 'production' }), read);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join('\n');
    expect(text).toContain('eauth.idp.entityId');
    expect(text).toContain('eauth.providerOid');
    expect(text).toContain('eauth.serviceOids.LOW');
    const noKey = await loadEauthConfig(settingsFromEnv({ ...baseEnv, ...productionIds }), read);
    expect(noKey.ok ? [] : noKey.problems).toEqual([
      'eauth.sp.decryptionKeyFile: is required when encrypted assertions are required',
    ]);
  });

  it('accepts a complete production configuration', async () => {
    const result = await loadEauthConfig(
      settingsFromEnv({
        ...baseEnv,
        ...productionIds,
        EAUTH_DECRYPTION_KEY_FILE: 'dec.key',
        EAUTH_DECRYPTION_CERT_FILE: 'dec.crt',
      }),
      read,
    );
    expect(result.ok && result.config.requireEncryptedAssertions).toBe(true);
  });

  it('refuses to turn encryption off in production and plain http', async () => {
    const result = await loadEauthConfig(
      settingsFromEnv({
        ...baseEnv,
        ...productionIds,
        EAUTH_ACS_URL: 'http://hub.sofia.bg/eauth/acs',
        EAUTH_REQUIRE_ENCRYPTED_ASSERTIONS: 'false',
      }),
      read,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContain(
      'eauth.requireEncryptedAssertions: must be true in production (eAuth encrypts assertions there)',
    );
    expect(result.problems).toContain('eauth.sp.acsUrl: must be https in production');
  });

  it('bounds the clock skew and reports unreadable or wrong files', async () => {
    const skew = await loadEauthConfig(settingsFromEnv({ ...baseEnv, EAUTH_CLOCK_SKEW_MS: '600000' }), read);
    expect(skew.ok).toBe(false);
    const files = await loadEauthConfig(
      settingsFromEnv({ ...baseEnv, EAUTH_IDP_CERT_FILE: 'missing.crt', EAUTH_SP_KEY_FILE: 'sp.crt' }),
      read,
    );
    expect(files.ok ? [] : files.problems).toEqual([
      'eauth.idp.certFile: cannot read missing.crt',
      'eauth.sp.keyFile: sp.crt is not a PEM file of the right kind',
    ]);
  });
});
