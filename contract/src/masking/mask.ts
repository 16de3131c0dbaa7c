import { isLuhnValid } from './card.ts';
import { isValidEgn } from './egn.ts';
import { isValidIban } from './iban.ts';
import { isValidLnch } from './lnch.ts';

export type PersonalDataKind = 'iban' | 'card' | 'egn' | 'lnch' | 'phone' | 'email';

/** Placeholders are language-neutral so that masked text reads the same on every surface. */
export const MASK_TOKENS: Record<PersonalDataKind, string> = {
  iban: '[IBAN]',
  card: '[CARD]',
  egn: '[EGN]',
  lnch: '[LNCH]',
  phone: '[PHONE]',
  email: '[EMAIL]',
};

export interface MaskResult {
  text: string;
  found: PersonalDataKind[];
}

// Candidates are wide on purpose; the checksum decides. Order matters: IBANs and cards contain
// runs of digits that the narrower detectors would otherwise take.
const IBAN_CANDIDATE = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,34}/g;
const CARD_CANDIDATE = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g;
// Ten digits, also split by spaces, dots, dashes or slashes ("850314 1237", "85-03-14-1237").
const TEN_DIGITS = /(?<!\d)\d(?:[ .\-/]?\d){9}(?!\d)/g;
const INTERNATIONAL_PHONE = /(?<![\w+])(?:\+|00)\d(?:[\s\-/.()]{0,2}\d){7,13}(?!\d)/g;
const NATIONAL_PHONE = /(?<![\w\d])0(?:[\s\-/]?\d){8,9}(?!\d)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/**
 * Replaces personal numbers (ЕГН, ЛНЧ, payment cards, IBANs), phone numbers and e-mail addresses
 * with placeholders. Pure and deterministic: the bot, the help desk and analytics all use it.
 */
export function maskPersonalData(input: string): MaskResult {
  const found = new Set<PersonalDataKind>();
  let text = maskIbans(input, found);
  text = text.replace(CARD_CANDIDATE, (m) => {
    if (!isLuhnValid(m.replace(/\D/g, ''))) return m;
    found.add('card');
    return MASK_TOKENS.card;
  });
  text = text.replace(TEN_DIGITS, (m) => {
    const digits = m.replace(/\D/g, '');
    if (isValidEgn(digits)) {
      found.add('egn');
      return MASK_TOKENS.egn;
    }
    if (isValidLnch(digits)) {
      found.add('lnch');
      return MASK_TOKENS.lnch;
    }
    return m;
  });
  for (const pattern of [INTERNATIONAL_PHONE, NATIONAL_PHONE]) {
    text = text.replace(pattern, () => {
      found.add('phone');
      return MASK_TOKENS.phone;
    });
  }
  text = text.replace(EMAIL, () => {
    found.add('email');
    return MASK_TOKENS.email;
  });
  return { text, found: [...found] };
}

export function maskText(input: string): string {
  return maskPersonalData(input).text;
}

/** A candidate may swallow a following word ("... 78 and"): try shorter prefixes until one checks out. */
function maskIbans(input: string, found: Set<PersonalDataKind>): string {
  let out = '';
  let last = 0;
  for (const match of input.matchAll(IBAN_CANDIDATE)) {
    const start = match.index;
    if (start < last) continue;
    const end = longestValidIbanEnd(match[0]);
    if (end === null) continue;
    out += input.slice(last, start) + MASK_TOKENS.iban;
    last = start + end;
    found.add('iban');
  }
  return out + input.slice(last);
}

function longestValidIbanEnd(candidate: string): number | null {
  for (let end = candidate.length; end >= 15; end--) {
    const prefix = candidate.slice(0, end);
    if (prefix.endsWith(' ')) continue;
    if (isValidIban(prefix)) return end;
  }
  return null;
}
