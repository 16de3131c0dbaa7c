import { channelSchema, type Channel } from '@hub/contract';
import type { AssistantEvents } from '@hub/assistant';
import type { Analytics } from '../analytics/index.ts';
import type { Logger } from '../logger.ts';

/** Conversation channels are free strings (`chat`, `viber`, `msteams`, …); analytics keeps the contract's list. */
export function analyticsChannel(channelId: string): Channel {
  if (channelId === 'msteams' || channelId === 'botframework') return 'teams';
  const parsed = channelSchema.safeParse(channelId);
  return parsed.success ? parsed.data : 'chat';
}

/** The assistant's analytics sink: answers, misses and votes become analytics events (masked text only). */
export function assistantEvents(analytics: Analytics, logger: Logger): AssistantEvents {
  return {
    async answered(e) {
      if (e.match === 'follow-up') return;
      await analytics.record({
        type: 'search',
        channel: analyticsChannel(e.channelId),
        lang: e.lang,
        query: e.query.slice(0, 200) || '-',
        match: e.match,
      });
    },
    async unanswered(e) {
      await analytics.record({
        type: 'search',
        channel: analyticsChannel(e.channelId),
        lang: e.lang,
        query: e.query.slice(0, 200) || '-',
        resultCount: 0,
        match: e.match,
      });
    },
    async feedback(e) {
      await analytics.record({
        type: 'feedback',
        channel: analyticsChannel(e.channelId),
        lang: e.lang,
        slug: e.slug,
        rating: e.vote === 'up' ? 5 : 1,
      });
    },
    async handoffRequested(e) {
      await analytics.record({
        type: 'handoff',
        channel: analyticsChannel(e.channelId),
        lang: e.lang,
        ...(e.slug ? { slug: e.slug } : {}),
        ...(e.district ? { district: e.district } : {}),
        outcome: 'requested',
      });
    },
    callbackRequested(e) {
      // The contact itself is never logged; the help desk's call-back list is not built yet (see report).
      logger.info({ conversationId: e.conversationId, kind: e.contact.kind }, 'call-back requested');
    },
  };
}
