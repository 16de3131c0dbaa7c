import type { SearchHit } from './catalog.ts';
import { foldedTokens } from './fold.ts';

export interface SearchableDoc {
  slug: string;
  title: string;
  aliases: string[];
  summary: string;
}

interface IndexedDoc {
  doc: SearchableDoc;
  fields: { tokens: string[]; weight: number }[];
}

/**
 * A small prefix search for offline use: every query word must start a word of the title, an alias or the
 * summary; title matches weigh most. Good enough to find a guide without the server.
 */
export function createLocalSearch(docs: SearchableDoc[]): (query: string, limit?: number) => SearchHit[] {
  const indexed: IndexedDoc[] = docs.map((doc) => ({
    doc,
    fields: [
      { tokens: foldedTokens(doc.title), weight: 3 },
      { tokens: foldedTokens(doc.aliases.join(' ')), weight: 2 },
      { tokens: foldedTokens(doc.summary), weight: 1 },
    ],
  }));

  return (query, limit = 10) => {
    const words = foldedTokens(query).filter((w) => w.length > 1 || /\d/.test(w));
    if (words.length === 0) return [];
    const scored: { doc: SearchableDoc; score: number }[] = [];
    for (const { doc, fields } of indexed) {
      let score = 0;
      let matchedAll = true;
      for (const word of words) {
        let best = 0;
        for (const field of fields) {
          for (const token of field.tokens) {
            if (!token.startsWith(word)) continue;
            best = Math.max(best, field.weight * (token === word ? 1.5 : 1));
          }
        }
        if (best === 0) {
          matchedAll = false;
          break;
        }
        score += best;
      }
      if (matchedAll) scored.push({ doc, score });
    }
    return scored
      .sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title))
      .slice(0, limit)
      .map(({ doc }) => ({ slug: doc.slug, title: doc.title, snippet: doc.summary }));
  };
}
