/**
 * Replies that ask a citizen for secrets are refused before they are stored: the municipality never asks for
 * a PIN, a password or card data in a chat, and scammers who pose as staff do. Bulgarian and English.
 */
export type BlockedRule = 'pin' | 'password' | 'card';

// A request (imperative or question) within a few words before the secret's name.
const ASK_BG =
  '(?:кажете|напишете|изпратете|пратете|дайте|въведете|споделете|продиктувайте|посочете|сканирайте|снимайте|каква\\s+е|какъв\\s+е|кой\\s+е|нужен\\s+ми\\s+е|нужна\\s+ми\\s+е|трябва\\s+ми)';
const ASK_EN = "(?:tell|send|give|type|enter|share|provide|what\\s+is|what's|need|confirm|read\\s+out|write)";
const NEAR = '[^.?!\\n]{0,40}';
const END = '(?![\\p{L}\\p{N}])';
const START = '(?<![\\p{L}\\p{N}])';

const RULES: { rule: BlockedRule; patterns: RegExp[] }[] = [
  {
    rule: 'pin',
    patterns: [
      new RegExp(`${START}${ASK_BG}${NEAR}${START}(?:пин|pin)(?:[-\\s]?код(?:а|ът)?|ът|а)?${END}`, 'iu'),
      new RegExp(
        `${START}${ASK_EN}${NEAR}${START}(?:pin|pin\\s*code|passcode|one[-\\s]time\\s+(?:code|password)|otp)${END}`,
        'iu',
      ),
    ],
  },
  {
    rule: 'password',
    patterns: [
      new RegExp(`${START}${ASK_BG}${NEAR}(?:парола|паролата)${END}`, 'iu'),
      new RegExp(`${START}${ASK_EN}${NEAR}${START}password${END}`, 'iu'),
    ],
  },
  {
    rule: 'card',
    patterns: [
      new RegExp(
        `${START}${ASK_BG}${NEAR}(?:номера?\\s+на\\s+(?:банковата\\s+|вашата\\s+|дебитната\\s+|кредитната\\s+)?карта|данни(?:те)?\\s+(?:от|на)\\s+(?:банковата\\s+|вашата\\s+)?карта|cvv|cvc|срока?\\s+на\\s+валидност)`,
        'iu',
      ),
      new RegExp(
        `${START}${ASK_EN}${NEAR}(?:card\\s+(?:number|details|data)|cvv|cvc|security\\s+code|expiry\\s+date)`,
        'iu',
      ),
      new RegExp(`${START}(?:cvv|cvc)${END}`, 'iu'),
    ],
  },
];

// "Never share your PIN" is the advice we want agents to give: a negated request is not a request.
const NEGATED = new RegExp(
  `${START}(?:never|don't|do\\s+not|не|никога\\s+не|никому\\s+не)\\s+(?:(?:ми|на|никого|anyone|your)\\s+)*\\S+`,
  'giu',
);

/** The first rule a reply breaks, or null when it may be sent. */
export function blockedRequest(body: string): BlockedRule | null {
  const text = body.replace(NEGATED, ' ');
  for (const { rule, patterns } of RULES) if (patterns.some((p) => p.test(text))) return rule;
  return null;
}
