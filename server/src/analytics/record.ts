import { randomUUID } from 'node:crypto';
import { maskText, type AnalyticsEventInput } from '@hub/contract';
import type { Db } from '../db/client.ts';

interface EventRow {
  type: string;
  channel: string;
  lang: string;
  district: string | null;
  campaign: string | null;
  serviceSlug: string | null;
  query: string | null;
  value: number | null;
  detail: string | null;
}

/** Maps a validated event onto the one analytics table. Free text is masked before it is stored. */
export function toEventRow(event: AnalyticsEventInput): EventRow {
  const base = {
    type: event.type,
    channel: event.channel,
    lang: event.lang,
    district: event.district ?? null,
    campaign: event.campaign ?? null,
    serviceSlug: null,
    query: null,
    value: null,
    detail: null,
  };
  switch (event.type) {
    case 'search':
      return {
        ...base,
        query: maskText(event.query),
        value: event.resultCount ?? null,
        detail: event.match ?? null,
      };
    case 'guide_view':
    case 'click_out':
      return { ...base, serviceSlug: event.slug };
    case 'video_progress':
      return { ...base, serviceSlug: event.slug, value: event.percent };
    case 'handoff':
      return { ...base, serviceSlug: event.slug ?? null, detail: event.outcome };
    case 'feedback':
      return { ...base, serviceSlug: event.slug ?? null, value: event.rating };
    case 'kiosk_session':
      return { ...base, value: event.seconds, detail: event.outcome ?? null };
    case 'campaign_visit':
      // The placement (where the poster hangs) is staff-written text, masked like any other.
      return { ...base, serviceSlug: event.slug ?? null, detail: maskText(event.placement) };
  }
}

/** What search found for a query: its best guide when the answer was good enough, and the match quality. */
export type QueryResolver = (
  query: string,
  lang: AnalyticsEventInput['lang'],
) => {
  slug: string | null;
  match: string;
};

export async function recordAnalyticsEvent(
  db: Db,
  event: AnalyticsEventInput,
  resolve?: QueryResolver,
): Promise<void> {
  const row = toEventRow(event);
  if (event.type === 'search' && resolve && row.query) {
    // Attributes the search to the service it led to (the funnel's "asked" stage per service).
    const found = resolve(row.query, event.lang);
    row.serviceSlug = event.resultCount === 0 ? null : found.slug;
    row.detail ??= found.match;
  }
  if (event.type !== 'feedback') {
    await db.analyticsEvent.create({ data: { id: randomUUID(), ...row } });
    return;
  }
  await db.$transaction([
    db.analyticsEvent.create({ data: { id: randomUUID(), ...row } }),
    db.feedback.create({
      data: {
        id: randomUUID(),
        serviceSlug: event.slug ?? null,
        channel: event.channel,
        lang: event.lang,
        rating: event.rating,
        comment: event.comment ? maskText(event.comment) : null,
      },
    }),
  ]);
}
