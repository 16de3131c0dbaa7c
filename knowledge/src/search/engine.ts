import lunr from 'lunr';
import './bg/pipeline.ts';
import { analyzeBgQuery, isBgStopWord, tokenize } from './bg/analyze.ts';
import { hasCyrillic } from './bg/fold.ts';
import { analyzeEn, countEnglishStopWords } from './english.ts';
import { Executor } from './executor.ts';
import { bestSnippet, type SnippetSource } from './snippet.ts';
import type { Lang } from '../schema/guide.ts';
import type { MatchQuality, SearchOptions, SearchResponse, SearchResult } from '../types.ts';

/** What `kb build` writes to dist/search-index.json. */
export interface SerializedSearchIndex {
  version: 1;
  indexes: Record<Lang, object>;
  docs: Record<string, Record<Lang, SnippetSource>>;
}

export const MAX_QUERY_CHARS = 300;
const MAX_TOKENS = 16;
const DEFAULT_LIMIT = 5;
/** How many ranked candidates a query keeps (the most a caller may ask for). */
const RANKED_DEPTH = 50;
const CONFIDENT_COVERAGE = 0.6;
const CLOSE_SCORE = 0.8;

interface Ranked {
  slug: string;
  score: number;
  coverage: number;
}

export class SearchEngine {
  private readonly executors: Record<Lang, Executor>;
  private readonly vocab: Record<Lang, Set<string>>;

  constructor(private readonly data: SerializedSearchIndex) {
    this.executors = {
      bg: new Executor(lunr.Index.load(data.indexes.bg)),
      en: new Executor(lunr.Index.load(data.indexes.en)),
    };
    const terms = (index: object) =>
      (index as { invertedIndex: [string, unknown][] }).invertedIndex.map((e) => e[0]);
    this.vocab = { bg: new Set(terms(data.indexes.bg)), en: new Set(terms(data.indexes.en)) };
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '';
    const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, RANKED_DEPTH));
    const tokens = tokenize(text).slice(0, MAX_TOKENS);
    const clipped = tokens.join(' ');
    const groups: Record<Lang, string[][]> = { bg: analyzeBgQuery(clipped), en: analyzeEn(clipped) };

    let lang: Lang;
    let ranked: Ranked[];
    if (tokens.some(hasCyrillic)) {
      lang = 'bg';
      ranked = this.run('bg', groups.bg);
    } else {
      const detected = this.detect(tokens, groups);
      if (detected) {
        lang = detected;
        ranked = this.run(detected, groups[detected]);
      } else {
        const bg = this.run('bg', groups.bg);
        const en = this.run('en', groups.en);
        const better = compareTop(en, bg) > 0 ? 'en' : 'bg';
        lang = better;
        ranked = better === 'en' ? en : bg;
      }
    }
    const outLang = options.lang ?? lang;
    const match = quality(ranked);
    const top = ranked[0];
    const results: SearchResult[] = ranked.slice(0, limit).map((r) => {
      const doc = this.data.docs[r.slug]?.[outLang];
      return {
        slug: r.slug,
        title: doc?.title ?? r.slug,
        snippet: doc ? bestSnippet(doc, groups[outLang], outLang) : '',
        score: Math.round(r.score * 1000) / 1000,
        confident:
          match !== 'weak' &&
          match !== 'none' &&
          r.coverage >= CONFIDENT_COVERAGE &&
          !!top &&
          r.score >= CLOSE_SCORE * top.score,
      };
    });
    return { query: text, lang: outLang, match, results };
  }

  /** For Latin-letter queries: English or Bulgarian typed in Latin? Undefined when it can't tell. */
  private detect(tokens: string[], groups: Record<Lang, string[][]>): Lang | undefined {
    const known = (lang: Lang) => groups[lang].filter((g) => g.some((k) => this.vocab[lang].has(k))).length;
    const bg = known('bg') + tokens.filter(isBgStopWord).length;
    const en = known('en') + countEnglishStopWords(tokens);
    if (bg === en) return undefined;
    return bg > en ? 'bg' : 'en';
  }

  private run(lang: Lang, groups: string[][]): Ranked[] {
    if (groups.length === 0) return [];
    return this.executors[lang]
      .run(groups, RANKED_DEPTH)
      .map((m) => ({ slug: m.ref, coverage: m.coverage, score: m.score }));
  }
}

function compareTop(a: Ranked[], b: Ranked[]): number {
  const x = a[0];
  const y = b[0];
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  return x.coverage !== y.coverage ? x.coverage - y.coverage : x.score - y.score;
}

function quality(ranked: Ranked[]): MatchQuality {
  const [first, second] = ranked;
  if (!first) return 'none';
  if (first.coverage < CONFIDENT_COVERAGE) return 'weak';
  if (second && second.coverage >= first.coverage && second.score >= CLOSE_SCORE * first.score)
    return 'ambiguous';
  return 'confident';
}
