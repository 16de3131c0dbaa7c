import type { AnalyticsEventInput } from '@hub/contract';
import type { Fetch } from './api-catalog.ts';

type Context = 'channel' | 'lang' | 'district';
type WithoutContext<T> = T extends unknown ? Omit<T, Context> : never;
export type KioskAnalyticsEvent = WithoutContext<AnalyticsEventInput>;

/** Posts usage events (no identifiers) to the hub's /api/events; losing one while offline is acceptable. */
export function createAnalytics(serverUrl: string, district: string, fetchImpl: Fetch) {
  return (event: KioskAnalyticsEvent, lang: 'bg' | 'en') => {
    const body = { ...event, channel: 'kiosk', lang, district } as AnalyticsEventInput;
    void fetchImpl(`${serverUrl}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      keepalive: true,
    }).catch(() => undefined);
  };
}
export type Track = ReturnType<typeof createAnalytics>;
