import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../config/load.ts';
import type { Config } from '../../config/schema.ts';
import { loadEauthConfig, settingsFromEnv } from '../config/load.ts';
import type { EauthConfig } from '../config/schema.ts';
import { createLocalEauth } from '../test-idp/local-setup.ts';
import type { TestIdp } from '../test-idp/router.ts';

/** What the hub needs to offer eAuth: the SP configuration and, in development only, the local test IdP. */
export interface EauthSetup {
  config: EauthConfig;
  /** EAUTH_ENV=local: mounted at /test-idp. Never in production. */
  testIdp?: TestIdp;
}

type Env = Record<string, string | undefined>;

/** A generated pseudonym key for local development, kept in DATA_DIR so pseudonyms survive a restart. */
function localPseudonymSecret(dataDir: string): string {
  const file = path.join(dataDir, 'eauth', 'pseudonym-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * EAUTH_ENV picks the mode: unset/`off` = no eAuth (the routes are not mounted); `local` = the
 * in-process test IdP at /test-idp (refused when NODE_ENV=production); `test`/`production` = МЕУ's eAuth
 * with the EAUTH_* files and OIDs. Problems stop the start with the variable named.
 */
export async function prepareEauth(env: Env, config: Config): Promise<EauthSetup | undefined> {
  const mode = (env.EAUTH_ENV ?? 'off').trim() || 'off';
  if (mode === 'off') return undefined;
  if (mode === 'local') {
    if (config.env === 'production')
      throw new ConfigError(['EAUTH_ENV: local (the test IdP) is not allowed when NODE_ENV=production']);
    const local = await createLocalEauth({
      publicOrigin: config.publicOrigin,
      keysDir: path.join(config.dataDir, 'eauth', 'test-keys'),
      pseudonymSecret: env.EAUTH_PSEUDONYM_SECRET ?? localPseudonymSecret(config.dataDir),
      encrypt: env.EAUTH_LOCAL_ENCRYPT === 'true',
      nodeEnv: config.env,
    });
    return { config: local.config, testIdp: local.testIdp };
  }
  if (mode !== 'test' && mode !== 'production')
    throw new ConfigError(['EAUTH_ENV: must be off, local, test or production']);
  const loaded = await loadEauthConfig(settingsFromEnv({ ...env, EAUTH_ENV: mode }));
  if (!loaded.ok) throw new ConfigError(loaded.problems.map((p) => `EAUTH (${p})`));
  return { config: loaded.config };
}
