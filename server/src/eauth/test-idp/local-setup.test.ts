import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalEauth } from './local-setup.ts';

describe('createLocalEauth', () => {
  it('creates TEST keys once and reuses them', async () => {
    const keysDir = path.join(mkdtempSync(path.join(tmpdir(), 'eauth-local-')), 'keys');
    const options = {
      publicOrigin: 'http://localhost:3000/',
      keysDir,
      pseudonymSecret: 'l'.repeat(40),
      nodeEnv: 'development',
    };
    const first = await createLocalEauth(options);
    const second = await createLocalEauth(options);
    expect(first.config.sp.acsUrl).toBe('http://localhost:3000/eauth/acs');
    expect(first.config.idp.ssoUrl).toBe('http://localhost:3000/test-idp/sso');
    expect(second.config.keys.spCert).toBe(first.config.keys.spCert);
  });

  it('refuses to run in production', async () => {
    await expect(
      createLocalEauth({
        publicOrigin: 'https://x',
        keysDir: tmpdir(),
        pseudonymSecret: 'l'.repeat(40),
        nodeEnv: 'production',
      }),
    ).rejects.toThrow(/production/);
  });
});
