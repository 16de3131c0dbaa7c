import type { Lang } from '@hub/knowledge';
import { hasCyrillic } from './normalize.ts';

const ENGLISH = new Set([
  'the',
  'how',
  'what',
  'where',
  'when',
  'which',
  'who',
  'why',
  'do',
  'does',
  'is',
  'are',
  'i',
  'my',
  'can',
  'you',
  'a',
  'an',
  'to',
  'of',
  'for',
  'and',
  'with',
  'please',
  'want',
  'need',
  'get',
  'have',
  'it',
  'in',
  'from',
  'live',
  'district',
  'at',
]);
const LATIN_BULGARIAN = new Set([
  'kak',
  'kolko',
  'kade',
  'kude',
  'koga',
  'za',
  'na',
  'da',
  'ot',
  'sa',
  'li',
  'iskam',
  'tryabva',
  'mi',
  'moga',
  'ima',
  'sum',
  'sam',
  'i',
]);

/** A small detector for messages the search could not place: script first, then function words. */
export function detectLanguage(norm: string, text: string): Lang | undefined {
  if (hasCyrillic(text)) return 'bg';
  const words = norm.split(' ');
  const en = words.filter((w) => ENGLISH.has(w)).length;
  const bg = words.filter((w) => LATIN_BULGARIAN.has(w)).length;
  if (en === 0 && bg === 0) return undefined;
  return en >= bg ? 'en' : 'bg';
}
