import lunr from 'lunr';
import { tokenize } from './bg/analyze.ts';

const englishStopWordFilter = lunr.stopWordFilter as unknown as (token: lunr.Token) => lunr.Token | undefined;
const isStop = (w: string) => englishStopWordFilter(new lunr.Token(w, {})) === undefined;

/** English query words that are pure function words ("how", "do", "my"), used for language detection. */
export function countEnglishStopWords(tokens: string[]): number {
  return tokens.filter((t) => /^[a-z]+$/.test(t) && isStop(t)).length;
}

/** An English text as groups of stemmed keys (one key per group), stop words removed. */
export function analyzeEn(text: string): string[][] {
  return tokenize(text)
    .filter((t) => !isStop(t))
    .map((t) => [lunr.stemmer(new lunr.Token(t, {})).toString()])
    .filter((g) => g[0] !== '');
}
