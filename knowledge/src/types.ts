import type { Guide, Lang } from './schema/guide.ts';
import type { Category, District, LifeEvent } from './schema/reference.ts';

/** One service with its guide in both languages, as built into dist/kb.json. */
export interface ServiceRecord {
  slug: string;
  category: string;
  depth: 'guide' | 'directory';
  lifeEvents: string[];
  guides: Record<Lang, Guide>;
}

export type MatchQuality = 'confident' | 'ambiguous' | 'weak' | 'none';

export interface SearchResult {
  slug: string;
  title: string;
  snippet: string;
  score: number;
  /** True when this result is a good enough answer to show on its own. */
  confident: boolean;
}

export interface SearchResponse {
  query: string;
  /** Language the query was detected (or forced) to be in; results' title/snippet use it. */
  lang: Lang;
  /** confident: the first result answers the query; ambiguous: several close candidates;
   *  weak: only partial matches; none: nothing relevant. */
  match: MatchQuality;
  results: SearchResult[];
}

export interface SearchOptions {
  /** Force the language of titles/snippets (detection still picks how the query is read). */
  lang?: Lang;
  limit?: number;
}

export interface KnowledgeData {
  builtAt: string;
  services: ServiceRecord[];
  districts: District[];
  categories: Category[];
  lifeEvents: LifeEvent[];
}

export interface KnowledgeBase extends KnowledgeData {
  getService(slug: string): ServiceRecord | undefined;
  search(query: string, options?: SearchOptions): SearchResponse;
}
