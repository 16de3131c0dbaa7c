import type {
  CannedReplyDto,
  CannedReplyInput,
  SearchResponseDto,
  ServiceDetail,
  StaffSessionDto,
  StatsDto,
  TrainingScenarioDto,
  TrainingSessionDto,
} from '@hub/contract';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

let csrfToken = '';

export async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => ({}))) as { code?: string };
  if (!res.ok) throw new ApiFailure(res.status, data.code ?? 'internal');
  return data as T;
}

/** The hub's REST API as the console uses it; the session cookie rides along, the CSRF token is kept here. */
export const api = {
  async login(email: string, password: string): Promise<StaffSessionDto> {
    const session = await send<StaffSessionDto>('POST', '/api/staff/login', { email, password });
    csrfToken = session.csrfToken;
    return session;
  },
  async me(): Promise<StaffSessionDto | null> {
    try {
      const session = await send<StaffSessionDto>('GET', '/api/staff/me');
      csrfToken = session.csrfToken;
      return session;
    } catch {
      return null;
    }
  },
  logout: () => send<void>('POST', '/api/staff/logout'),
  /** Other endpoints with the session's CSRF token (e.g. components/identity's eAuth admin routes). */
  request: send,
  search: (q: string, lang: string) =>
    send<SearchResponseDto>('GET', `/api/search?q=${encodeURIComponent(q)}&lang=${lang}&limit=6`),
  service: (slug: string, lang: string) =>
    send<ServiceDetail>('GET', `/api/services/${encodeURIComponent(slug)}?lang=${lang}`),
  canned: (lang?: string) =>
    send<{ replies: CannedReplyDto[] }>('GET', `/api/helpdesk/canned${lang ? `?lang=${lang}` : ''}`),
  createCanned: (input: CannedReplyInput) => send<CannedReplyDto>('POST', '/api/helpdesk/canned', input),
  updateCanned: (id: string, input: CannedReplyInput) =>
    send<CannedReplyDto>('PUT', `/api/helpdesk/canned/${encodeURIComponent(id)}`, input),
  deleteCanned: (id: string) => send<void>('DELETE', `/api/helpdesk/canned/${encodeURIComponent(id)}`),
  stats: (days: number) => send<StatsDto>('GET', `/api/helpdesk/stats?days=${days}`),
  statsCsvUrl: (days: number) => `/api/helpdesk/stats.csv?days=${days}`,
  scenarios: () => send<{ scenarios: TrainingScenarioDto[] }>('GET', '/api/helpdesk/training/scenarios'),
  trainingSessions: () => send<{ sessions: TrainingSessionDto[] }>('GET', '/api/helpdesk/training/sessions'),
};
