/** Lower-case, letters and digits only, single spaces: the form every phrase list is compared in. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function hasCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text);
}

/** True when `phrase` occurs in `text` as whole words (both normalized). */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${text} `.includes(` ${phrase} `);
}

export function removePhrase(text: string, phrase: string): string {
  return ` ${text} `.replace(` ${phrase} `, ' ').trim();
}
