import type { KnowledgeBase } from '@hub/knowledge';
import type { QueryResolver } from './record.ts';

/** Resolves a search to its best guide when search was confident or torn between close candidates. */
export function knowledgeResolver(kb: KnowledgeBase): QueryResolver {
  return (query, lang) => {
    const found = kb.search(query, { lang, limit: 1 });
    const first = found.results[0];
    const good = found.match === 'confident' || found.match === 'ambiguous';
    return { slug: good && first ? first.slug : null, match: found.match };
  };
}
