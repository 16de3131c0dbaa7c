import type { IdentityReason, LevelOfAssurance } from '@hub/contract';
import { IDENTITY_REASON_PATTERNS } from '../recognizers/phrases.ts';

/**
 * The event activity with which the bot asks the host to offer the citizen an eAuth sign-in in this
 * conversation (the web widget shows a "Sign in with eAuth" card). Hosts without eAuth ignore it.
 */
export const IDENTITY_REQUEST = 'identity.request';

export interface IdentityRequestValue {
  level: LevelOfAssurance;
  reason: IdentityReason;
}

/** Why the citizen would sign in, from their (masked) words: taxes, a kindergarten application, or other. */
export function identityReasonOf(text: string): IdentityReason {
  const t = text.toLowerCase();
  if (IDENTITY_REASON_PATTERNS.kindergarten.test(t)) return 'kindergarten';
  if (IDENTITY_REASON_PATTERNS.personal_tax.test(t)) return 'personal_tax';
  return 'personal_case';
}
