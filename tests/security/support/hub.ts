// A running hub for the security suite: directory, built apps, assistant, staff of every role, and fresh
// sessions made straight in the database (so probing /logout or /password never ends the suite's sessions).
import type { StaffRole } from '@hub/contract';
import { loadKnowledgeBase, type KnowledgeBase } from '@hub/knowledge';
import { createHmac } from 'node:crypto';
import type { Config } from '../../../server/src/config/schema.ts';
import { createSession } from '../../../server/src/staff/sessions.ts';
import { createLocalUser } from '../../../server/src/staff/users.ts';
import { builtAppsDir } from '../../helpdesk/support/apps.ts';
import { localEauth } from '../../eauth/support/local-eauth.ts';
import { startTestHub, type TestHub } from '../../helpdesk/support/hub.ts';

export const ROLES = ['agent', 'supervisor', 'editor', 'admin'] as const satisfies readonly StaffRole[];
export type Principal = 'anonymous' | (typeof ROLES)[number];
export const PRINCIPALS: readonly Principal[] = ['anonymous', ...ROLES];

const SESSION_SECRET = 's'.repeat(40); // testConfig's

export interface SecurityHub extends TestHub {
  kb: KnowledgeBase;
  userIds: Record<(typeof ROLES)[number], string>;
  /** A new session of a member of staff with the role: cookie header and CSRF token. */
  session(role: (typeof ROLES)[number]): Promise<{ cookie: string; csrf: string }>;
  /** One cached session per role (faster); `forget` after a call that may have ended it (sign-out). */
  cachedSession(role: (typeof ROLES)[number]): Promise<{ cookie: string; csrf: string }>;
  forgetSessions(): void;
}

export async function startSecurityHub(
  options: { browser?: boolean; config?: Partial<Config> } = {},
): Promise<SecurityHub> {
  const kb = loadKnowledgeBase();
  const h = await startTestHub({
    ...(options.config ? { config: options.config } : {}),
    kb,
    assistant: true,
    directory: true,
    officeHours: true,
    // eAuth on (the local test IdP), so that its routes are in the authorisation matrix too.
    eauth: localEauth,
    ...(options.browser ? { appsDir: builtAppsDir() } : {}),
  });
  const userIds = {
    agent: h.staff.ana!.id,
    supervisor: h.staff.sofia!.id,
    editor: '',
    admin: '',
  } as SecurityHub['userIds'];
  for (const role of ['editor', 'admin'] as const) {
    const user = await createLocalUser(h.t.db, {
      email: `${role}@hub.local`,
      displayName: role === 'editor' ? 'Елена Редакторова' : 'Антон Админов',
      role,
      password: `${role}-password-123`,
    });
    userIds[role] = user.id;
  }
  async function session(role: (typeof ROLES)[number]) {
    const s = await createSession(h.t.db, userIds[role], 1);
    const mac = createHmac('sha256', SESSION_SECRET).update(s.token).digest('base64').replace(/=+$/, '');
    return { cookie: `hub_session=${encodeURIComponent(`s:${s.token}.${mac}`)}`, csrf: s.csrfToken };
  }
  const cache: Partial<Record<(typeof ROLES)[number], { cookie: string; csrf: string }>> = {};
  return {
    ...h,
    kb,
    userIds,
    async cachedSession(role) {
      return (cache[role] ??= await session(role));
    },
    forgetSessions() {
      for (const role of ROLES) delete cache[role];
    },
    session,
  };
}
