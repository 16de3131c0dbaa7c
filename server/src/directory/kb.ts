import type { KnowledgeBase } from '@hub/knowledge';

/** The knowledge types the directory renders, derived from the one type we import so they never drift. */
export type { KnowledgeBase };
export type ServiceRecord = KnowledgeBase['services'][number];
export type Lang = keyof ServiceRecord['guides'];
export type Guide = ServiceRecord['guides'][Lang];
export type District = KnowledgeBase['districts'][number];
export type Category = KnowledgeBase['categories'][number];
export type LifeEvent = KnowledgeBase['lifeEvents'][number];
export type SearchResponse = ReturnType<KnowledgeBase['search']>;
export type SearchResult = SearchResponse['results'][number];
export type Fee = Guide['fees'][number];
export type EauthLevel = NonNullable<Guide['online']>['eauth'];
