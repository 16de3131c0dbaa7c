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
}
