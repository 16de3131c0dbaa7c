import { analyzeBgQuery, tokenize } from '../search/bg/analyze.ts';
import { hasCyrillic } from '../search/bg/fold.ts';
import { analyzeEn } from '../search/english.ts';
import type { KnowledgeBase, MatchQuality } from '../types.ts';
import type { Lang } from '../schema/guide.ts';

/** A question citizens asked that search or the bot could not answer well (already masked). */
export interface GapQuestion {
  text: string;
  lang?: Lang;
}

export interface GapGroup {
  /** The words the group's questions share (search keys), most frequent first. */
  keys: string[];
  volume: number;
  /** Up to five distinct example questions, most frequent first. */
  examples: string[];
  /** The guide the group most likely belongs to, if search finds any. */
  likelyGuide: { slug: string; title: string; match: MatchQuality } | null;
}

/** More than half of the words of both questions must match: one shared word of two is not enough. */
const SIMILAR = 0.5;
const MAX_EXAMPLES = 5;

/** A question's words as groups of alternative search keys (stems folded across Cyrillic and Latin). */
export type Words = string[][];

export function wordsOf(text: string): Words {
  const tokens = tokenize(text);
  if (tokens.some(hasCyrillic)) return analyzeBgQuery(text);
  // Latin letters: Bulgarian typed in Latin or English. A word's Bulgarian and English readings are
  // alternatives of that ONE word (never extra words that the Cyrillic spelling cannot match); a stop word in
  // either language is left out, as the Cyrillic spelling leaves out its Bulgarian stop words.
  return tokens.flatMap((token) => {
    const bg = analyzeBgQuery(token)[0] ?? [];
    const en = analyzeEn(token)[0] ?? [];
    if (bg.length === 0 || en.length === 0) return [];
    return [[...bg, ...en.filter((k) => !bg.includes(k))]];
  });
}

/**
 * Dice similarity over words, a word matching when any of its readings is a reading of a word on the other
 * side. Symmetric: both sides' matched words count, so which question came first does not matter.
 */
export function similarity(a: Words, b: Words): number {
  if (a.length === 0 || b.length === 0) return 0;
  const meets = (w: string[], other: Words) => other.some((o) => w.some((k) => o.includes(k)));
  const matchedA = a.filter((w) => meets(w, b)).length;
  const matchedB = b.filter((w) => meets(w, a)).length;
  return (matchedA + matchedB) / (a.length + b.length);
}

/**
 * Groups similar questions (Bulgarian-aware: stemming, Latin-letter folding) greedily, most frequent
 * question first, and names the guide each group most likely belongs to.
 */
export function groupQuestions(questions: GapQuestion[], kb?: KnowledgeBase): GapGroup[] {
  const counts = new Map<string, { text: string; n: number; words: Words }>();
  for (const q of questions) {
    const text = q.text.trim().replace(/\s+/g, ' ').slice(0, 300);
    if (!text) continue;
    const id = text.toLowerCase();
    const entry = counts.get(id) ?? { text, n: 0, words: wordsOf(text) };
    entry.n++;
    counts.set(id, entry);
  }
  const sorted = [...counts.values()].sort((a, b) => b.n - a.n || a.text.localeCompare(b.text));
  const clusters: Array<{ keys: Map<string, number>; members: typeof sorted; seed: Words }> = [];
  for (const q of sorted) {
    if (q.words.length === 0) continue;
    let home = clusters.find((c) => similarity(c.seed, q.words) > SIMILAR);
    if (!home) {
      home = { seed: q.words, members: [], keys: new Map() };
      clusters.push(home);
    }
    home.members.push(q);
    for (const w of q.words) home.keys.set(w[0] as string, (home.keys.get(w[0] as string) ?? 0) + q.n);
  }
  return clusters
    .map((c): GapGroup => {
      const volume = c.members.reduce((s, m) => s + m.n, 0);
      const top = c.members[0]?.text ?? '';
      const found = kb?.search(top, { limit: 1 });
      const first = found?.results[0];
      return {
        keys: [...c.keys.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k),
        volume,
        examples: c.members.slice(0, MAX_EXAMPLES).map((m) => m.text),
        likelyGuide: first && found ? { slug: first.slug, title: first.title, match: found.match } : null,
      };
    })
    .sort((a, b) => b.volume - a.volume);
}
