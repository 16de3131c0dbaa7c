import { maskPersonalData, MASK_TOKENS } from '@hub/contract';

export interface Contact {
  kind: 'phone' | 'email';
  value: string;
}

/**
 * The first phone number or e-mail in a message, found by the shared masking detector: the masked text is
 * aligned with the original to recover what each placeholder replaced.
 */
export function extractContact(raw: string): Contact | undefined {
  const { text: masked } = maskPersonalData(raw);
  const tokens = new Map<string, 'phone' | 'email' | undefined>(
    Object.entries(MASK_TOKENS).map(([kind, token]) => [
      token,
      kind === 'phone' || kind === 'email' ? kind : undefined,
    ]),
  );
  const pattern = new RegExp([...tokens.keys()].map((t) => t.replace(/[[\]]/g, '\\$&')).join('|'), 'g');
  let rawPos = 0;
  let maskedPos = 0;
  for (const match of masked.matchAll(pattern)) {
    rawPos += match.index - maskedPos;
    const afterToken = match.index + match[0].length;
    const nextToken = masked.slice(afterToken).search(pattern);
    const literal = masked.slice(afterToken, nextToken === -1 ? undefined : afterToken + nextToken);
    const end = literal ? raw.indexOf(literal, rawPos) : raw.length;
    const value = raw.slice(rawPos, end === -1 ? raw.length : end);
    const kind = tokens.get(match[0]);
    if (kind) return { kind, value: value.trim() };
    rawPos += value.length;
    maskedPos = afterToken;
  }
  return undefined;
}
