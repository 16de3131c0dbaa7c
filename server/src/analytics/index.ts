import type { AnalyticsEventInput, PopularityQuery, PopularityResponse } from '@hub/contract';
import type { Db } from '../db/client.ts';
import type { KnowledgeBase } from '@hub/knowledge';
import { mostUsedServices } from './insights.ts';
import { popularity } from './popularity.ts';
import { recordAnalyticsEvent } from './record.ts';
import { knowledgeResolver } from './resolver.ts';

/** The shape the public directory records with (see server/src/directory DirectoryDeps). */
export interface DirectoryEvent {
  type: 'guide_view' | 'click_out' | 'search';
  slug?: string;
  query?: string;
  lang: 'bg' | 'en';
  channel: 'web';
  /** Set by the campaign module when the visit came through a short link (server/src/campaign). */
  campaign?: string;
}

export interface Analytics {
  record(event: AnalyticsEventInput): Promise<void>;
  recordEvent(event: DirectoryEvent): Promise<void>;
  topServices(limit: number): Promise<string[]>;
  popularity(query: PopularityQuery): Promise<PopularityResponse>;
}

/** With a knowledge base, searches are attributed to the guide they led to (the funnel's first stage). */
export function createAnalytics(db: Db, kb?: KnowledgeBase): Analytics {
  const resolve = kb ? knowledgeResolver(kb) : undefined;
  const record = (event: AnalyticsEventInput) => recordAnalyticsEvent(db, event, resolve);
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
            ...(e.campaign ? { campaign: e.campaign } : {}),
          });
        return;
      }
      if (e.slug)
        await record({
          type: e.type,
          channel: e.channel,
          lang: e.lang,
          slug: e.slug,
          ...(e.campaign ? { campaign: e.campaign } : {}),
        });
    },
    topServices: (limit) => mostUsedServices(db, limit),
    popularity: (query) => popularity(db, query),
  };
}
