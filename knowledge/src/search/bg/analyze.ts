import { bgStopWords } from './stopwords.ts';
import { stemBulgarianVariants } from './stemmer.ts';
import { foldKey, hasLatin, latinToCyrillicReadings } from './fold.ts';

/** Lower-case, NFC, Latin diacritics removed (Cyrillic й keeps its breve). */
export function normalizeText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/ѝ/g, 'и');
}

const TOKEN = /[\p{L}\p{N}]+(?:[`'][\p{L}\p{N}]+)*/gu;

/** Unicode-aware tokens (lunr's default \W-based trimmer would drop every Cyrillic letter). */
export function tokenize(s: string): string[] {
  return normalizeText(s).match(TOKEN) ?? [];
}

/** Trims everything that is not a letter or digit from both ends of a token (Unicode-aware). */
export function trimToken(s: string): string {
  return normalizeText(s).replace(/^[^\p{L}\p{N}`']+|[^\p{L}\p{N}]+$/gu, '');
}

const isNumber = (t: string) => /^\p{N}+$/u.test(t);
const isLatinWord = (t: string) => hasLatin(t) || (/^[a-z0-9`']*[46][a-z0-9`']*$/.test(t) && /[a-z]/.test(t));

/** The Cyrillic readings of a token: itself when Cyrillic, else what informal Latin spelling may stand for. */
export function readings(token: string): string[] {
  if (isNumber(token)) return [token];
  return isLatinWord(token) ? latinToCyrillicReadings(token) : [token];
}

/** True when a token is a Bulgarian stop word (in Cyrillic or in its main Latin reading). */
export function isBgStopWord(token: string): boolean {
  if (bgStopWords.has(token)) return true;
  const [main] = readings(token);
  return main !== undefined && bgStopWords.has(main);
}

/** The search keys for one token: every reading stemmed and folded (empty for stop words). */
export function bgKeys(token: string): string[] {
  if (isBgStopWord(token)) return [];
  const keys = new Set<string>();
  for (const r of readings(token)) {
    for (const stem of isNumber(r) ? [r] : stemBulgarianVariants(r)) {
      const key = foldKey(stem);
      if (key.length > 0) keys.add(key);
    }
  }
  return [...keys];
}

/** A Bulgarian text as groups of alternative keys, one group per meaningful token. */
export function analyzeBg(text: string): string[][] {
  return tokenize(text)
    .map(bgKeys)
    .filter((g) => g.length > 0);
}

/**
 * Query analysis: like analyzeBg, plus the unstemmed form of each word, so that a typo in a word's ending
 * ("погребенеи") still reaches the indexed stem through the typo-tolerant match.
 */
export function analyzeBgQuery(text: string): string[][] {
  return tokenize(text)
    .map((token) => {
      const keys = bgKeys(token);
      if (keys.length === 0) return keys;
      const [main] = readings(token);
      const whole = main === undefined ? '' : foldKey(main);
      return whole.length >= 6 && !keys.includes(whole) ? [...keys, whole] : keys;
    })
    .filter((g) => g.length > 0);
}
