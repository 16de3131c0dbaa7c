import type { DeviceInfo, KioskLang } from '../shared/kiosk-api.ts';
import type { Track } from './data/analytics.ts';
import type { Catalog } from './data/catalog.ts';
import type { Translate } from './i18n.ts';

export type Route =
  | { name: 'attract' }
  | { name: 'home' }
  | { name: 'list'; kind: 'lifeEvent' | 'category'; slug: string; title: string }
  | { name: 'search' }
  | { name: 'guide'; slug: string }
  | { name: 'privacy' };

/** What every screen gets from the app shell. */
export interface ScreenContext {
  t: Translate;
  lang: KioskLang;
  device: DeviceInfo;
  catalog: Catalog;
  track: Track;
  online: boolean;
  go(route: Route): void;
}
