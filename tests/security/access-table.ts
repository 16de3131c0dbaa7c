import type { StaffRole } from '@hub/contract';

/**
 * Who may call each HTTP route. The authorisation matrix (authorisation-matrix.test.ts) finds every route in
 * the express app and fails on one that is missing here: add a new route with its access, deliberately.
 *
 * - `public`: anyone (pages, the catalogue, sign-in, health).
 * - `citizen`: a citizen token in the body (a forged one is refused with 401).
 * - `device`: a kiosk's bearer token (staff sessions do not count).
 * - a list of staff roles: signed in with one of them (admins count as every role, see server/src/staff/roles.ts).
 */
export type Access = 'public' | 'citizen' | 'device' | readonly StaffRole[];

const ANY_STAFF = ['agent', 'supervisor', 'editor', 'admin'] as const;
const AGENTS = ['agent', 'supervisor', 'admin'] as const;
const SUPERVISORS = ['supervisor', 'admin'] as const;
const READERS = ['supervisor', 'editor', 'admin'] as const;
const EDITORS = ['editor', 'admin'] as const;
const ADMINS = ['admin'] as const;

export const ACCESS: Record<string, Access> = {
  // Public directory pages and their assets (server/src/directory, kiosk continue page).
  'GET /': 'public',
  'GET /en': 'public',
  'GET /search': 'public',
  'GET /en/search': 'public',
  'GET /services': 'public',
  'GET /en/services': 'public',
  'GET /services/:slug': 'public',
  'GET /en/services/:slug': 'public',
  'GET /categories/:slug': 'public',
  'GET /en/categories/:slug': 'public',
  'GET /life-events/:slug': 'public',
  'GET /en/life-events/:slug': 'public',
  'GET /districts': 'public',
  'GET /en/districts': 'public',
  'GET /districts/:slug': 'public',
  'GET /en/districts/:slug': 'public',
  'GET /go/:slug': 'public',
  'GET /en/go/:slug': 'public',
  'GET /static/directory/:file': 'public',
  'GET /continue': 'public',
  'GET /continue/continue.css': 'public',
  'GET /continue/continue.js': 'public',
  'GET /helpdesk': 'public',
  'GET /privacy': 'public',
  'GET /en/privacy': 'public',
  // Campaign media and short links (server/src/campaign).
  'GET /media/og.png': 'public',
  'GET /media/:slug/:file': 'public',
  'GET /media/services/:slug/:file': 'public',
  'GET /s/:code': 'public',
  // Operations. /metrics carries counters only (no personal data); restrict it at the proxy in production.
  'GET /healthz': 'public',
  'GET /metrics': 'public',
  // Public API: catalogue, search, popularity, open data, analytics events, citizen tokens, the chat's links.
  'GET /api/openapi.json': 'public',
  'GET /api/services': 'public',
  'GET /api/services/:slug': 'public',
  'GET /api/search': 'public',
  'GET /api/categories': 'public',
  'GET /api/life-events': 'public',
  'GET /api/districts': 'public',
  'GET /api/popularity': 'public',
  'GET /api/open-data/service-usage.:format': 'public',
  'POST /api/events': 'public',
  'POST /api/citizen-token': 'public',
  'GET /api/chat/go/:slug': 'public',
  'POST /api/staff/login': 'public',
  'POST /api/kiosk/handover/redeem': 'public',
  'GET /api/kiosk/snapshot': 'public',
  // eAuth (server/src/eauth; the suite runs with the local test IdP). The SAML endpoints check signatures,
  // InResponseTo and the citizen's chat token or a link code in the form themselves (tests/eauth).
  'GET /api/eauth/info': 'public',
  'GET /eauth/metadata': 'public',
  'GET /eauth/autosubmit.js': 'public',
  'POST /eauth/login': 'public',
  'POST /eauth/acs': 'public',
  'GET /eauth/staff-session': 'public',
  'GET /test-idp/autosubmit.js': 'public',
  'POST /test-idp/sso': 'public',
  'POST /test-idp/respond': 'public',
  'GET /api/eauth/staff-links': ADMINS,
  'POST /api/eauth/staff-links/:id': ADMINS,
  'DELETE /api/eauth/staff-links/:id': ADMINS,
  // A citizen's own data, by their token.
  'POST /api/my-data/export': 'citizen',
  'POST /api/my-data/erase': 'citizen',
  'POST /api/kiosk/handover': 'citizen',
  'POST /api/kiosk/visitor-left': 'citizen',
  // Kiosk devices.
  'POST /api/kiosk/heartbeat': 'device',
  // Staff.
  'GET /api/staff/me': ANY_STAFF,
  'POST /api/staff/logout': ANY_STAFF,
  'POST /api/staff/password': ANY_STAFF,
  'POST /api/staff/users': ADMINS,
  'GET /api/staff/audit': SUPERVISORS,
  'GET /api/helpdesk/canned': AGENTS,
  'POST /api/helpdesk/canned': SUPERVISORS,
  'PUT /api/helpdesk/canned/:id': SUPERVISORS,
  'DELETE /api/helpdesk/canned/:id': SUPERVISORS,
  'GET /api/helpdesk/stats': SUPERVISORS,
  'GET /api/helpdesk/stats.csv': SUPERVISORS,
  'GET /api/helpdesk/training/scenarios': AGENTS,
  'GET /api/helpdesk/training/sessions': AGENTS,
  'GET /api/kiosk/devices': SUPERVISORS,
  'POST /api/kiosk/devices': SUPERVISORS,
  'DELETE /api/kiosk/devices/:id': SUPERVISORS,
  'POST /api/kiosk/push': SUPERVISORS,
  'GET /api/analytics/insights': READERS,
  'GET /api/analytics/insights.csv': READERS,
  'GET /api/analytics/reviews': READERS,
  'GET /api/analytics/gaps': READERS,
  'POST /api/analytics/gaps/tasks': EDITORS,
  'PATCH /api/analytics/gaps/tasks/:id': EDITORS,
  'GET /api/campaign/links': READERS,
  'POST /api/campaign/links': READERS,
  'GET /api/campaign/poster': READERS,
  // Content editing (server/src/editor): editors and supervisors; the workflow checks who may review.
  'GET /api/editor/guides': READERS,
  'GET /api/editor/guides/:slug': READERS,
  'GET /api/editor/guides/:slug/versions': READERS,
  'POST /api/editor/guides/:slug/restore': READERS,
  'POST /api/editor/validate': READERS,
  'POST /api/editor/preview': READERS,
  'GET /api/editor/queue': READERS,
  'POST /api/editor/drafts': READERS,
  'GET /api/editor/revisions/:id': READERS,
  'PUT /api/editor/revisions/:id': READERS,
  'DELETE /api/editor/revisions/:id': READERS,
  'POST /api/editor/revisions/:id/submit': READERS,
  'POST /api/editor/revisions/:id/review': READERS,
  'GET /api/editor/revisions/:id/diff': READERS,
  'GET /api/editor/export': READERS,
};

/** Bodies that get past validation to the credential check of `citizen` routes (with a forged token). */
export const CITIZEN_PROBES: Record<string, object> = {
  'POST /api/my-data/export': { citizenToken: 'forged.citizen.token-0123456789', format: 'json' },
  'POST /api/my-data/erase': { citizenToken: 'forged.citizen.token-0123456789', confirm: true },
  'POST /api/kiosk/handover': { citizenToken: 'forged.citizen.token-0123456789' },
  'POST /api/kiosk/visitor-left': { citizenToken: 'forged.citizen.token-0123456789', conversationId: 'x' },
};
