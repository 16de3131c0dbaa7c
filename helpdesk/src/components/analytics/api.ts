import type { GapsResponse, GapTaskDto, GapTaskInput, InsightsDto, ReviewDueDto } from '@hub/contract';
import { send } from '../../lib/api.ts';

export interface Filters {
  from: string;
  to: string;
  channel: string;
  lang: string;
  district: string;
  campaign: string;
}

function query(filters: Filters, ui: string): string {
  const params = new URLSearchParams({ ui });
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return params.toString();
}

/** The insights endpoints (/api/analytics, staff only). */
export const insightsApi = {
  insights: (f: Filters, ui: string) => send<InsightsDto>('GET', `/api/analytics/insights?${query(f, ui)}`),
  csvUrl: (f: Filters, ui: string) => `/api/analytics/insights.csv?${query(f, ui)}`,
  reviews: (ui: string) => send<ReviewDueDto>('GET', `/api/analytics/reviews?ui=${ui}`),
  gaps: (days: number) => send<GapsResponse>('GET', `/api/analytics/gaps?days=${days}`),
  createTask: (input: GapTaskInput) => send<GapTaskDto>('POST', '/api/analytics/gaps/tasks', input),
  setTaskStatus: (id: string, status: GapTaskDto['status']) =>
    send<GapTaskDto>('PATCH', `/api/analytics/gaps/tasks/${encodeURIComponent(id)}`, { status }),
};

/** Where the guide editor opens a guide (the editor's console route). */
export const editorHref = (slug: string) => `#/editor/${encodeURIComponent(slug)}`;
