import type { Lang } from '@hub/knowledge';
import { containsPhrase, normalize } from './normalize.ts';

export type PhraseTable<K extends string> = Record<K, Record<Lang, string[]>>;

/** Whole-message and contained-phrase lookups over per-language phrase lists (normalized once). */
export class PhraseMatcher<K extends string> {
  private readonly table: { key: K; lang: Lang; phrases: Set<string> }[] = [];

  constructor(table: PhraseTable<K>) {
    for (const key of Object.keys(table) as K[]) {
      for (const lang of ['bg', 'en'] as const) {
        this.table.push({ key, lang, phrases: new Set(table[key][lang].map(normalize).filter(Boolean)) });
      }
    }
  }

  /** The intent whose phrase is the whole message; the conversation's language is tried first (for "ok"). */
  whole(norm: string, prefer: Lang): { key: K; lang: Lang } | undefined {
    return this.find(prefer, (phrases) => phrases.has(norm));
  }

  contained(norm: string, prefer: Lang): { key: K; lang: Lang } | undefined {
    return this.find(prefer, (phrases) => [...phrases].some((p) => containsPhrase(norm, p)));
  }

  /** The first of `keys` (in that order) with a phrase contained in the message. */
  containedAmong(norm: string, prefer: Lang, keys: readonly K[]): { key: K; lang: Lang } | undefined {
    for (const key of keys) {
      const hit = this.find(prefer, (phrases) => [...phrases].some((p) => containsPhrase(norm, p)), key);
      if (hit) return hit;
    }
    return undefined;
  }

  private find(
    prefer: Lang,
    test: (phrases: Set<string>) => boolean,
    only?: K,
  ): { key: K; lang: Lang } | undefined {
    const ordered = [...this.table].sort((a, b) => Number(b.lang === prefer) - Number(a.lang === prefer));
    const hit = ordered.find((row) => (only === undefined || row.key === only) && test(row.phrases));
    return hit && { key: hit.key, lang: hit.lang };
  }
}

/** Merge extra phrases (e.g. button labels from the locale files) into a table. */
export function withPhrases<K extends string>(
  table: PhraseTable<K>,
  extra: Partial<Record<string, Record<Lang, string[]>>>,
): PhraseTable<K> {
  const out = {} as PhraseTable<K>;
  for (const key of Object.keys(table) as K[]) {
    out[key] = {
      bg: [...table[key].bg, ...(extra[key]?.bg ?? [])],
      en: [...table[key].en, ...(extra[key]?.en ?? [])],
    };
  }
  return out;
}
