import { analyzeBg } from './bg/analyze.ts';
import { analyzeEn } from './english.ts';
import type { Lang } from '../schema/guide.ts';

/** The texts a snippet may be taken from, in order of preference. */
export interface SnippetSource {
  title: string;
  summary: string;
  passages: string[];
}

const MAX_SNIPPET = 220;

/** The summary, unless a passage of the guide matches more of the query. */
export function bestSnippet(doc: SnippetSource, groups: string[][], lang: Lang): string {
  const analyze = lang === 'bg' ? analyzeBg : analyzeEn;
  const wanted = new Set(groups.flat());
  const hits = (text: string) => analyze(text).filter((g) => g.some((k) => wanted.has(k))).length;
  let best = doc.summary;
  let bestHits = hits(doc.summary);
  for (const p of doc.passages) {
    const h = hits(p);
    if (h > bestHits) {
      best = p;
      bestHits = h;
    }
  }
  return best.length > MAX_SNIPPET ? best.slice(0, MAX_SNIPPET - 1).replace(/\s+\S*$/, '') + '…' : best;
}
