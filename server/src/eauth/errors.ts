/** Stable codes for every way an eAuth login can fail; pages and logs carry the code, tests assert it. */
export const EAUTH_ERROR_CODES = [
  'invalid_login_request',
  'malformed_response',
  'login_cancelled',
  'unsolicited_response',
  'unknown_in_response_to',
  'replayed_response',
  'replayed_assertion',
  'in_response_to_mismatch',
  'invalid_signature',
  'unencrypted_assertion',
  'decryption_failed',
  'wrong_audience',
  'wrong_issuer',
  'wrong_destination',
  'assertion_expired',
  'assertion_not_yet_valid',
  'missing_identifier',
  'unsupported_identifier',
  'insufficient_level',
  'internal_error',
] as const;
export type EauthErrorCode = (typeof EAUTH_ERROR_CODES)[number];

const HTTP_STATUS: Partial<Record<EauthErrorCode, number>> = {
  invalid_login_request: 400,
  internal_error: 500,
};

export function httpStatusFor(code: EauthErrorCode): number {
  return HTTP_STATUS[code] ?? 400;
}

export class EauthError extends Error {
  readonly code: EauthErrorCode;
  constructor(code: EauthErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'EauthError';
    this.code = code;
  }
}

/**
 * node-saml reports failures as plain Errors; these patterns name them. They are pinned by the
 * ACS tests (one per code), so a wording change in a node-saml upgrade fails a test, not silently.
 */
const NODE_SAML_MESSAGES: [RegExp, EauthErrorCode][] = [
  [/^SAML assertion expired/, 'assertion_expired'],
  [/^SAML assertion not yet valid/, 'assertion_not_yet_valid'],
  [/^No valid subject confirmation/, 'assertion_expired'],
  [/audience mismatch|no AudienceRestriction|AudienceRestriction has no Audience/, 'wrong_audience'],
  [/decrypt|EncryptedAssertion content|No decryption key/i, 'decryption_failed'],
  [/^SAML provider returned/, 'login_cancelled'],
  [/signature|Cannot obtain assertion|ID cannot refer|Referenced node/i, 'invalid_signature'],
  [/Missing SAML assertion/, 'invalid_signature'],
];

export function codeForNodeSamlError(error: unknown): EauthErrorCode {
  if (error instanceof EauthError) return error.code;
  const message = error instanceof Error ? error.message : '';
  for (const [pattern, code] of NODE_SAML_MESSAGES) if (pattern.test(message)) return code;
  return 'malformed_response';
}
