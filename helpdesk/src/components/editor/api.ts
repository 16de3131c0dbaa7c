import type {
  EditorGuideDto,
  EditorGuideSummary,
  EditorQueueDto,
  GuideExportDto,
  GuideProblemDto,
  GuideSources,
  Lang,
  PreviewResponseDto,
  RevisionDetailDto,
  RevisionDiffDto,
  RevisionList,
} from '@hub/contract';

/** A refused request; `problems` is set when a guide did not pass validation (HTTP 422). */
export class EditorFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly problems: GuideProblemDto[] = [],
  ) {
    super(code);
  }
}

let csrf: Promise<string> | undefined;
/** The session's CSRF token (from /api/staff/me, once). */
const csrfToken = () =>
  (csrf ??= fetch('/api/staff/me', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then((r) => r.json() as Promise<{ csrfToken?: string }>)
    .then((s) => s.csrfToken ?? ''));

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await csrfToken();
  const res = await fetch(`/api/editor${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => ({}))) as { code?: string; problems?: GuideProblemDto[] };
  if (!res.ok) throw new EditorFailure(res.status, data.code ?? 'internal', data.problems ?? []);
  return data as T;
}

const enc = encodeURIComponent;

/** The guide editor's REST API (/api/editor). */
export const editorApi = {
  guides: () => send<{ guides: EditorGuideSummary[] }>('GET', '/guides'),
  guide: (slug: string) => send<EditorGuideDto>('GET', `/guides/${enc(slug)}`),
  versions: (slug: string) => send<RevisionList>('GET', `/guides/${enc(slug)}/versions`),
  restore: (slug: string, revisionId: string | null, note: string) =>
    send<RevisionDetailDto>('POST', `/guides/${enc(slug)}/restore`, { revisionId, note }),
  queue: () => send<EditorQueueDto>('GET', '/queue'),
  preview: (slug: string, sources: GuideSources, lang: Lang) =>
    send<PreviewResponseDto>('POST', '/preview', { slug, sources, lang }),
  revision: (id: string) => send<RevisionDetailDto>('GET', `/revisions/${enc(id)}`),
  diff: (id: string) => send<RevisionDiffDto>('GET', `/revisions/${enc(id)}/diff`),
  createDraft: (slug: string, sources: GuideSources, note: string, baseRevisionId: string | null) =>
    send<RevisionDetailDto>('POST', '/drafts', { slug, sources, note, baseRevisionId }),
  updateDraft: (id: string, sources: GuideSources, note: string) =>
    send<RevisionDetailDto>('PUT', `/revisions/${enc(id)}`, { sources, note }),
  discard: (id: string) => send<void>('DELETE', `/revisions/${enc(id)}`),
  submit: (id: string) => send<RevisionDetailDto>('POST', `/revisions/${enc(id)}/submit`),
  review: (id: string, decision: 'approve' | 'reject', comment: string) =>
    send<RevisionDetailDto>('POST', `/revisions/${enc(id)}/review`, { decision, comment }),
  exportAll: () => send<GuideExportDto>('GET', '/export'),
};
