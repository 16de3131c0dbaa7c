import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface PersistedSecrets {
  sessionSecret: string;
  anonTokenSecret: string;
}

const FILE_NAME = 'secrets.json';

/**
 * Reads the generated secrets from DATA_DIR, creating them on first run (file mode 0600), so that
 * sessions and citizen tokens survive a restart without anyone having to pick a secret.
 */
export function loadOrCreateSecrets(dataDir: string): PersistedSecrets {
  const file = path.join(dataDir, FILE_NAME);
  if (fs.existsSync(file)) {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<PersistedSecrets>;
    if (typeof parsed.sessionSecret === 'string' && typeof parsed.anonTokenSecret === 'string') {
      return { sessionSecret: parsed.sessionSecret, anonTokenSecret: parsed.anonTokenSecret };
    }
    throw new Error(
      `${file} is damaged: remove it to generate new secrets (staff will have to sign in again)`,
    );
  }
  const secrets: PersistedSecrets = {
    sessionSecret: randomBytes(32).toString('base64url'),
    anonTokenSecret: randomBytes(32).toString('base64url'),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  return secrets;
}
