/**
 * Folding Bulgarian spelled in Cyrillic, in the 2009 transliteration law's Latin, and in informal Latin
 * ("шльокавица": q for я, 4 for ч, 6 for ш, u/y for ъ…) to one search key.
 *
 * Latin input is first turned back into Cyrillic (with a few alternative readings where informal spelling
 * is ambiguous), so that the Cyrillic stemmer applies; every reading is then folded to a lossy Latin key in
 * which letters people confuse coincide (ъ and а, й and и and ь, я = "ia").
 */

const CYR_TO_KEY: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'i',
  ю: 'iu',
  я: 'ia',
  ѝ: 'i',
  ё: 'io',
  ы: 'i',
  э: 'e',
};

/** Folds a lower-case Cyrillic (or already Latin) token to its search key; doubled letters collapse. */
export function foldKey(token: string): string {
  let out = '';
  for (const ch of token) out += CYR_TO_KEY[ch] ?? ch;
  return out.replace(/(.)\1+/g, '$1');
}

export const hasLatin = (s: string): boolean => /[a-z]/.test(s);
export const hasCyrillic = (s: string): boolean => /[\u0400-\u04ff]/.test(s);

// Multi-letter sequences first (longest match wins); digits stand for letters in informal writing.
const LATIN_SEQUENCES: Array<[string, string]> = [
  ['sht', 'щ'],
  ['6t', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['ts', 'ц'],
  ['tz', 'ц'],
  ['cz', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['ja', 'я'],
  ['ju', 'ю'],
  ['yo', 'йо'],
  ['ks', 'кс'],
  ['ph', 'ф'],
];
const LATIN_LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'я',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
  '4': 'ч',
  '6': 'ш',
  '`': 'ъ',
  "'": 'ъ',
};
/** Where informal spelling is ambiguous: the other reading of a letter. */
const ALTERNATIVE: Record<string, string> = { u: 'ъ', y: 'ъ', j: 'й', w: 'ш', a: 'ъ' };

/** The most likely Cyrillic reading of an informal-Latin token, plus a few alternative readings. */
export function latinToCyrillicReadings(token: string): string[] {
  const primary = readLatin(token, false);
  const readings = new Set([primary, readLatin(token, true)]);
  // Word-initial "ia"/"iu" is я/ю ("iasla"); elsewhere it is usually ия/ию ("registratsia").
  if (/^i[au]/.test(token)) readings.add(readLatin(token.replace(/^ia/, 'ya').replace(/^iu/, 'yu'), false));
  // A final "-at" is often the article "-ът" ("danakat" = данъкът).
  for (const r of [...readings]) if (r.endsWith('ат')) readings.add(r.slice(0, -2) + 'ът');
  return [...readings].filter((r) => r.length > 0);
}

function readLatin(token: string, alternative: boolean): string {
  let out = '';
  let i = 0;
  while (i < token.length) {
    const seq = LATIN_SEQUENCES.find(([lat]) => token.startsWith(lat, i));
    if (seq) {
      out += seq[1];
      i += seq[0].length;
      continue;
    }
    const ch = token[i] as string;
    // In the alternative reading, u/y/j/w take their other value, and "a" only before a final consonant ("danak").
    const useAlt =
      alternative && ch in ALTERNATIVE && (ch !== 'a' || /^a[b-df-hj-np-tv-z]$/.test(token.slice(i)));
    out += useAlt ? ALTERNATIVE[ch] : (LATIN_LETTERS[ch] ?? (/[\u0400-\u04ff0-9]/.test(ch) ? ch : ''));
    i += 1;
  }
  return out;
}
