/**
 * Folds Bulgarian Cyrillic and its Latin spellings to one skeleton, so "регистрация", "registratsiya" and
 * "registracia" match each other in the offline search.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht',
  ъ: 'a', ь: 'y', ю: 'yu', я: 'ya', ѝ: 'i', ё: 'yo', э: 'e', ы: 'i',
};

const SKELETON: [RegExp, string][] = [
  [/sht/g, 'st'],
  [/t[sz]/g, 'c'],
  [/zh/g, 'z'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/(.)\1+/g, '$1'],
];

export function foldWord(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')) out += CYRILLIC[ch] ?? ch;
  for (const [pattern, replacement] of SKELETON) out = out.replace(pattern, replacement);
  return out;
}

/** Splits text into folded words (letters and digits only). */
export function foldedTokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord).filter(Boolean);
}
