import type { AnalyticsEventInput, PopularityQuery, PopularityResponse } from '@hub/contract';
import type { Db } from '../db/client.ts';
import { popularity, topServices } from './popularity.ts';
import { recordAnalyticsEvent } from './record.ts';

/** The shape the public directory records with (see server/src/directory DirectoryDeps). */
export interface DirectoryEvent {
  type: 'guide_view' | 'click_out' | 'search';
  slug?: string;
  query?: string;
  lang: 'bg' | 'en';
  channel: 'web';
}

export interface Analytics {
  record(event: AnalyticsEventInput): Promise<void>;
  recordEvent(event: DirectoryEvent): Promise<void>;
  topServices(limit: number): Promise<string[]>;
  popularity(query: PopularityQuery): Promise<PopularityResponse>;
}

export function createAnalytics(db: Db): Analytics {
  const record = (event: AnalyticsEventInput) => recordAnalyticsEvent(db, event);
  return {
    record,
    async recordEvent(e) {
      if (e.type === 'search') {
        if (e.query?.trim())
          await record({
            type: 'search',
            channel: e.channel,
            lang: e.lang,
            query: e.query.trim().slice(0, 200),
          });
        return;
      }
      if (e.slug) await record({ type: e.type, channel: e.channel, lang: e.lang, slug: e.slug });
    },
    topServices: (limit) => topServices(db, limit),
    popularity: (query) => popularity(db, query),
  };
}
