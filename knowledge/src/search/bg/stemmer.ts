/**
 * Light Bulgarian stemmer: J. Savoy's rules as in Lucene's BulgarianStemmer (Apache-2.0),
 * "Searching strategies for the Bulgarian language" (2007). Works on lower-case Cyrillic.
 */
export function stemBulgarian(word: string): string {
  return stem(word, false);
}

/**
 * The stem plus, where Savoy's plural rules undo a palatalisation (-ци → -к, -зи → -г, -си → -х), the stem
 * without that rewrite too: "данъци" is "данък" but "улици" is "улица" and "такси" is "такса"; indexing and
 * searching both readings keeps both families matching.
 */
export function stemBulgarianVariants(word: string): string[] {
  const main = stem(word, false);
  const plain = stem(word, true);
  return main === plain ? [main] : [main, plain];
}

function stem(word: string, keepPalatal: boolean): string {
  let s = neuterToSingular(word);
  if (s.length < 4) return s;
  if (s.length > 5 && s.endsWith('ища')) return s.slice(0, -3);
  s = removeArticle(s);
  s = removePlural(s, keepPalatal);
  if (s.length > 3) {
    if (s.endsWith('я')) s = s.slice(0, -1);
    if (s.endsWith('а') || s.endsWith('о') || s.endsWith('е')) s = s.slice(0, -1);
  }
  // "ен" -> "н" (the paper lists the rule twice; the reference Perl implementation applies it once).
  if (s.length > 4 && s.endsWith('ен')) s = s.slice(0, -2) + 'н';
  // A fleeting "ъ" before the last consonant: "вятър" -> "вятр".
  if (s.length > 5 && s[s.length - 2] === 'ъ') s = s.slice(0, -2) + s[s.length - 1];
  return s;
}

/**
 * Extension: Savoy reads the "-ия" of neuter plurals as an article, so "удостоверения" and "удостоверение"
 * would stem apart; administrative Bulgarian is full of such nouns, so -ния/-нията/-нието become -ние first.
 */
function neuterToSingular(s: string): string {
  if (s.length > 7 && (s.endsWith('нията') || s.endsWith('нието'))) return s.slice(0, -5) + 'ние';
  if (s.length > 5 && s.endsWith('ния')) return s.slice(0, -3) + 'ние';
  return s;
}

function removeArticle(s: string): string {
  const n = s.length;
  // Extension: the feminine definite "-ията" ("регистрацията") meets "-ия" ("регистрация").
  if (n > 7 && s.endsWith('ията')) return s.slice(0, -4);
  if (n > 6 && s.endsWith('ият')) return s.slice(0, -3);
  if (n > 5 && ['ът', 'то', 'те', 'та', 'ия'].some((e) => s.endsWith(e))) return s.slice(0, -2);
  if (n > 4 && s.endsWith('ят')) return s.slice(0, -2);
  return s;
}

function removePlural(s: string, keepPalatal: boolean): string {
  const n = s.length;
  if (n > 6) {
    if (s.endsWith('овци')) return s.slice(0, -3); // -овци -> -о
    if (s.endsWith('ове')) return s.slice(0, -3);
    if (s.endsWith('еве')) return s.slice(0, -3) + 'й';
  }
  if (n > 5) {
    if (s.endsWith('ища')) return s.slice(0, -3);
    if (s.endsWith('та')) return s.slice(0, -2);
    if (s.endsWith('ци')) return keepPalatal ? s.slice(0, -1) : s.slice(0, -2) + 'к';
    if (s.endsWith('зи')) return keepPalatal ? s.slice(0, -1) : s.slice(0, -2) + 'г';
    if (s[n - 3] === 'е' && s[n - 1] === 'и') return s.slice(0, -3) + 'я' + s[n - 2];
  }
  if (n > 4) {
    if (s.endsWith('си')) return keepPalatal ? s.slice(0, -1) : s.slice(0, -2) + 'х';
    if (s.endsWith('и')) return s.slice(0, -1);
  }
  return s;
}
