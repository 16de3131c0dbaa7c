import lunr from 'lunr';

/**
 * Query execution over a lunr index's own structures (token set, inverted index, BM25 field vectors).
 *
 * lunr's Index.query scores every matching document by a sparse-vector dot product over the whole field
 * vector, which costs O(document length) per match; with 10,000 guides that is tens of milliseconds.
 * The field vectors already hold each term's BM25 weight (field boost included), so summing
 * boost × weight over the postings gives lunr's ranking (its query-vector norm is the same for every
 * document) at O(postings) cost. Matches also record which query word they answer, which the caller needs
 * for coverage and confidence.
 */

type Mode = 'exact' | 'prefix' | 'fuzzy';
const BOOST: Record<Mode, number> = { exact: 10, prefix: 3, fuzzy: 1 };
/** How much a match counts towards covering a query word: a typo match counts less. */
const QUALITY: Record<Mode, number> = { exact: 1, prefix: 1, fuzzy: 0.6 };
const PREFIX_MIN = 4;
/** Keys longer than this are matched exactly or as a prefix only (see editDistanceFor). */
const MAX_FUZZY_KEY = 24;

/** How far a key may be from an indexed term and still count as the same word (typo tolerance). */
export function editDistanceFor(key: string): number {
  // lunr's fuzzy automaton grows steeply with length: a long nonsense word took seconds (a denial of service).
  // No real word's key is this long, so such a key gets no typo tolerance.
  if (key.length > MAX_FUZZY_KEY) return 0;
  if (key.length >= 9) return 2;
  if (key.length >= 5) return 1;
  return 0;
}

// @types/lunr declares these static constructors as instance methods.
const TokenSets = lunr.TokenSet as unknown as {
  fromString(s: string): lunr.TokenSet;
  fromFuzzyString(s: string, editDistance: number): lunr.TokenSet;
};
const NAMING_FIELDS = new Set(['title', 'aliases']);

interface IndexInternals {
  invertedIndex: Record<string, Record<string, unknown> & { _index: number }>;
  fieldVectors: Record<string, lunr.Vector & { elements: number[] }>;
  tokenSet: lunr.TokenSet;
  fields: string[];
}

export interface DocMatch {
  ref: string;
  score: number;
  /** Share of the query's words the document matches (a typo match counts 0.6). */
  coverage: number;
  /** The same share counting only matches in the title or aliases. */
  named: number;
}

/** One term's postings in compact form: per field, document numbers and the BM25 weights. */
interface FieldPostings {
  naming: boolean;
  docs: Int32Array;
  weights: Float32Array;
}

const MAX_GROUPS = 30; // match masks are 32-bit

export class Executor {
  private readonly ix: IndexInternals;
  private readonly refs: string[];
  private readonly docNumber = new Map<string, number>();
  private readonly postings = new Map<string, FieldPostings[]>();

  constructor(index: lunr.Index) {
    this.ix = index as unknown as IndexInternals;
    for (const key of Object.keys(this.ix.fieldVectors)) {
      const ref = key.slice(key.indexOf('/') + 1);
      if (!this.docNumber.has(ref)) this.docNumber.set(ref, this.docNumber.size);
    }
    this.refs = [...this.docNumber.keys()];
  }

  /** Scores documents for groups of alternative keys; `fuzzy` allows typo-tolerant expansion. */
  run(allGroups: string[][], limit: number, fuzzy = true): DocMatch[] {
    const groups = allGroups.slice(0, MAX_GROUPS);
    const n = this.refs.length;
    const score = new Float64Array(n);
    const strong = new Uint32Array(n); // groups matched exactly or by prefix
    const weak = new Uint32Array(n); // groups matched only through a typo
    const namedStrong = new Uint32Array(n);
    const namedWeak = new Uint32Array(n);
    const touched: number[] = [];
    groups.forEach((group, gi) => {
      const bit = 1 << gi;
      for (const [term, mode] of this.expand(group, fuzzy)) {
        const boost = BOOST[mode];
        const isStrong = mode !== 'fuzzy';
        for (const fp of this.postingsOf(term)) {
          const { docs, weights, naming } = fp;
          for (let i = 0; i < docs.length; i++) {
            const d = docs[i] as number;
            if (score[d] === 0 && strong[d] === 0 && weak[d] === 0) touched.push(d);
            score[d] = (score[d] as number) + boost * (weights[i] as number);
            if (isStrong) {
              strong[d] = (strong[d] as number) | bit;
              if (naming) namedStrong[d] = (namedStrong[d] as number) | bit;
            } else {
              weak[d] = (weak[d] as number) | bit;
              if (naming) namedWeak[d] = (namedWeak[d] as number) | bit;
            }
          }
        }
      }
    });
    const share = (s: number, w: number) => (popcount(s) + QUALITY.fuzzy * popcount(w & ~s)) / groups.length;
    const top = new TopK<DocMatch>(limit, (a, b) => b.score - a.score || (a.ref < b.ref ? -1 : 1));
    for (const d of touched) {
      const coverage = share(strong[d] as number, weak[d] as number);
      const named = share(namedStrong[d] as number, namedWeak[d] as number);
      // Reward documents that match more of the query, and whose name or aliases say what was asked,
      // over ones that match one word strongly in the body.
      top.offer({
        ref: this.refs[d] as string,
        coverage,
        named,
        score: (score[d] as number) * (0.2 + coverage * coverage) * (1 + named),
      });
    }
    return top.sorted();
  }

  private postingsOf(term: string): FieldPostings[] {
    let cached = this.postings.get(term);
    if (cached) return cached;
    cached = [];
    const posting = this.ix.invertedIndex[term];
    if (posting) {
      for (const field of this.ix.fields) {
        const byDoc = posting[field] as Record<string, unknown> | undefined;
        if (!byDoc) continue;
        const refs = Object.keys(byDoc);
        const docs = new Int32Array(refs.length);
        const weights = new Float32Array(refs.length);
        refs.forEach((ref, i) => {
          docs[i] = this.docNumber.get(ref) ?? 0;
          weights[i] = this.weight(field, ref, posting._index);
        });
        cached.push({ naming: NAMING_FIELDS.has(field), docs, weights });
      }
    }
    this.postings.set(term, cached);
    return cached;
  }

  /**
   * Index terms a group reaches, each with the strongest way it was reached. Typo-tolerant expansion,
   * by far the costliest step, runs only for a word that matched nothing exactly or as a prefix.
   */
  private expand(group: string[], fuzzy: boolean): Map<string, Mode> {
    const out = new Map<string, Mode>();
    for (const key of group) {
      if (this.ix.invertedIndex[key]) out.set(key, 'exact');
    }
    for (const key of group) {
      if (key.length < PREFIX_MIN) continue;
      for (const t of this.ix.tokenSet.intersect(TokenSets.fromString(`${key}*`)).toArray()) {
        if (!out.has(t)) out.set(t, 'prefix');
      }
    }
    if (!fuzzy || out.size > 0) return out;
    for (const key of group) {
      const d = editDistanceFor(key);
      if (d === 0) continue;
      for (const t of this.ix.tokenSet.intersect(TokenSets.fromFuzzyString(key, d)).toArray()) {
        if (!out.has(t)) out.set(t, 'fuzzy');
      }
    }
    return out;
  }

  /** The BM25 weight lunr stored for a term in a document's field (binary search in the sparse vector). */
  private weight(field: string, ref: string, termIndex: number): number {
    const v = this.ix.fieldVectors[`${field}/${ref}`];
    if (!v) return 0;
    const el = v.elements;
    let lo = 0;
    let hi = el.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const idx = el[mid * 2] as number;
      if (idx === termIndex) return el[mid * 2 + 1] as number;
      if (idx < termIndex) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Keeps the k best items seen (k is small: a page of results). */
class TopK<T> {
  private readonly items: T[] = [];
  constructor(
    private readonly k: number,
    private readonly cmp: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const items = this.items;
    if (items.length === this.k && this.cmp(item, items[items.length - 1] as T) >= 0) return;
    let i = items.length;
    while (i > 0 && this.cmp(item, items[i - 1] as T) < 0) i--;
    items.splice(i, 0, item);
    if (items.length > this.k) items.pop();
  }

  sorted(): T[] {
    return this.items;
  }
}
