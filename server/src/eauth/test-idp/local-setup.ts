import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadEauthConfig } from '../config/load.ts';
import { EAUTH_PRESETS, type EauthConfig } from '../config/schema.ts';
import { generateTestKeyPair, type KeyPairFiles } from './keys.ts';
import { createTestIdp, type TestIdp } from './router.ts';

export interface LocalEauthOptions {
  /** The hub's own origin, e.g. http://localhost:3000. */
  publicOrigin: string;
  /** Where the TEST keys live (created on first use); keep it out of git (e.g. under DATA_DIR). */
  keysDir: string;
  pseudonymSecret: string;
  /** Encrypt assertions like production eAuth. */
  encrypt?: boolean;
  /** process.env.NODE_ENV; the local IdP refuses to exist in production. */
  nodeEnv: string | undefined;
}

function keyPair(dir: string, name: string): KeyPairFiles {
  const keyFile = path.join(dir, `${name}.key.pem`);
  const certFile = path.join(dir, `${name}.cert.pem`);
  if (existsSync(keyFile) && existsSync(certFile)) {
    return { keyFile, certFile, key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  }
  return generateTestKeyPair(dir, name);
}

/**
 * Development mode (EAUTH_ENV=local): the SP configuration and the test IdP that answers it,
 * mounted at /eauth and /test-idp of the same server. Never in production.
 */
export async function createLocalEauth(
  o: LocalEauthOptions,
): Promise<{ config: EauthConfig; testIdp: TestIdp }> {
  if (o.nodeEnv === 'production') throw new Error('the local test IdP must not run in production');
  mkdirSync(o.keysDir, { recursive: true });
  const sp = keyPair(o.keysDir, 'sp');
  const spEncryption = keyPair(o.keysDir, 'sp-encryption');
  const idp = keyPair(o.keysDir, 'idp');
  const origin = o.publicOrigin.replace(/\/$/, '');
  const loaded = await loadEauthConfig({
    environment: 'local',
    idp: { ssoUrl: `${origin}/test-idp/sso`, entityId: `${origin}/test-idp`, certFile: idp.certFile },
    sp: {
      entityId: `${origin}/eauth/metadata`,
      acsUrl: `${origin}/eauth/acs`,
      keyFile: sp.keyFile,
      certFile: sp.certFile,
      decryptionKeyFile: spEncryption.keyFile,
      decryptionCertFile: spEncryption.certFile,
    },
    providerOid: EAUTH_PRESETS.test.providerOid,
    serviceOids: EAUTH_PRESETS.test.serviceOids,
    requireEncryptedAssertions: o.encrypt ?? false,
    pseudonymSecret: o.pseudonymSecret,
  });
  if (!loaded.ok) throw new Error(`local eAuth configuration: ${loaded.problems.join('; ')}`);
  const config = loaded.config;
  const testIdp = createTestIdp({
    idp: { entityId: config.idp.entityId, key: idp.key, cert: idp.cert },
    ssoUrl: config.idp.ssoUrl,
    sp: {
      entityId: config.sp.entityId,
      acsUrl: config.sp.acsUrl,
      cert: sp.cert,
      encryptionCert: spEncryption.cert,
    },
    encrypt: o.encrypt ?? false,
    expectedProviderOid: config.providerOid,
    expectedServiceOids: Object.values(config.serviceOids),
  });
  return { config, testIdp };
}
