import { isLuhnValid, isValidEgn, isValidLnch, MASK_TOKENS } from '@hub/contract';

// Ten digits, possibly split by spaces, dots, dashes or slashes ("750102 0018", "75-01-02-0018").
const TEN_DIGITS = /(?<!\d)\d(?:[ .\-/]?\d){9}(?!\d)/g;
// A payment card: 13 to 19 digits, possibly in groups.
const CARD = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g;

/**
 * Free text as the hub may store it: ЕГН, ЛНЧ and payment-card numbers (checked by their checksums, also
 * when typed with separators) become `[EGN]`, `[LNCH]`, `[CARD]`. Phones, e-mails and IBANs stay: a
 * callback needs the phone number. Used for chat messages, help-desk notes and feedback before they are
 * written, so no national identifier reaches the database, a log or an export.
 */
export function storableText(text: string): string {
  const cards = text.replace(CARD, (m) => (isLuhnValid(m.replace(/\D/g, '')) ? MASK_TOKENS.card : m));
  return cards.replace(TEN_DIGITS, (m) => {
    const digits = m.replace(/\D/g, '');
    if (isValidEgn(digits)) return MASK_TOKENS.egn;
    if (isValidLnch(digits)) return MASK_TOKENS.lnch;
    return m;
  });
}

/** Which placeholders a stored text carries (the help desk warns that personal numbers were typed). */
export function maskedKinds(text: string): ('egn' | 'lnch' | 'card')[] {
  return (['egn', 'lnch', 'card'] as const).filter((kind) => text.includes(MASK_TOKENS[kind]));
}
