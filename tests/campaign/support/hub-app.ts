// Test support: the real express app (createApp) with the real directory, a temp SQLite database, a temp
// DATA_DIR and fakes for the campaign kit (no Chromium, ffmpeg or espeak-ng).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp, type AppDeps, type HubApp } from '../../../server/src/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../server/src/db/testing.ts';
import { loadDirectory } from '../../../server/src/directory-loader.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { createLocalUser } from '../../../server/src/staff/users.ts';
import { createFakeKnowledgeBase } from '../../../server/src/testing/fake-kb.ts';
import { testConfig } from '../../../server/src/testing/test-config.ts';

export const ORIGIN = 'https://hub.example';

export interface CampaignTestApp {
  hub: HubApp;
  t: TestDatabase;
  dataDir: string;
  /** Signs in a member of staff with the role; returns the cookie and CSRF token. */
  staff(role: 'agent' | 'editor' | 'supervisor'): Promise<{ cookie: string; csrf: string }>;
  close(): Promise<void>;
}

export async function campaignTestApp(makers: AppDeps['campaignMakers'] = {}): Promise<CampaignTestApp> {
  const t = await createTestDatabase('sqlite');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-campaign-'));
  const directory = await loadDirectory();
  const hub = createApp(testConfig({ dataDir, publicOrigin: ORIGIN }), {
    db: t.db,
    kb: createFakeKnowledgeBase(),
    logger: createLogger('silent'),
    ...(directory ? { directory } : {}),
    campaignMakers: { og: null, ...makers },
  });
  let n = 0;
  return {
    hub,
    t,
    dataDir,
    async staff(role) {
      const email = `${role}-${++n}@hub.local`;
      const password = `${role}-password-123`;
      await createLocalUser(t.db, { email, displayName: `Test ${role}`, role, password });
      const res = await request(hub.app)
        .post('/api/staff/login')
        .set('origin', ORIGIN)
        .send({ email, password })
        .expect(200);
      return { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: res.body.csrfToken as string };
    },
    async close() {
      hub.campaign.close();
      await t.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The cookie a response sets, as `name=value` for the next request. */
export function cookieFrom(res: { headers: Record<string, unknown> }, name: string): string | undefined {
  const all = ([] as string[]).concat((res.headers['set-cookie'] as string[] | string | undefined) ?? []);
  return all.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${name}=`));
}
