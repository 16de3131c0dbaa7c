import type { PrivacyNoticeFacts } from '../privacy/notice-facts.ts';
import type { KnowledgeBase, Lang } from './kb.ts';

export interface DirectoryEvent {
  type: 'guide_view' | 'click_out' | 'search';
  slug?: string;
  query?: string;
  lang: Lang;
  channel: 'web';
}

/** What the directory needs from the rest of the server; passed in so tests can replace it. */
export interface DirectoryDeps {
  kb: KnowledgeBase;
  /** Most-used service slugs from measured use (may be empty). */
  topServices(limit: number): Promise<string[]>;
  recordEvent(e: DirectoryEvent): Promise<void>;
  /** Served media (server/src/campaign): the how-to video player and social cards; absent = neither. */
  media?: DirectoryMedia;
  /** The retention settings the privacy notice quotes (the defaults when absent). */
  privacy?: PrivacyNoticeFacts;
}

/** A made how-to video as the player needs it: URLs of the sources, the poster image and both caption tracks. */
export interface VideoSources {
  sources: { src: string; type: string }[];
  poster?: string;
  captions: { lang: Lang; src: string }[];
}

export interface DirectoryMedia {
  /** The hub's public origin, e.g. https://hub.sofia.bg (og:url and og:image must be absolute). */
  origin: string;
  video(slug: string): VideoSources | undefined;
  /** Path of the social card of a guide or life event, or of the generic card (no slug). */
  ogImage(slug: string | undefined, lang: Lang): string;
}
