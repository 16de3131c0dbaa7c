import type { EauthConfig } from '../config/schema.ts';
import { EauthError } from '../errors.ts';
import { toVerifiedIdentity, type VerifiedIdentity } from '../identity.ts';
import { meetsLevel } from '../levels.ts';
import type { LoginContext } from '../login-context.ts';
import type { EauthStore } from '../store.ts';
import { readEnvelope } from './envelope.ts';
import { readVerifiedAssertion } from './verified-assertion.ts';
import { createSignatureVerifier } from './verify-signature.ts';

export interface AcceptedLogin {
  requestId: string;
  context: LoginContext;
  identity: VerifiedIdentity;
}

/** A rejected answer: its code, and the citizen's context when the request was ours (for the way back). */
export class AcsFailure extends Error {
  readonly code: EauthError['code'];
  readonly requestId?: string;
  readonly context?: LoginContext;
  constructor(error: EauthError, requestId?: string, context?: LoginContext) {
    super(error.message);
    this.name = 'AcsFailure';
    this.code = error.code;
    this.requestId = requestId;
    this.context = context;
  }
}

export type AcsValidator = (samlResponse: unknown) => Promise<AcceptedLogin>;

/**
 * The Assertion Consumer Service's checks, in order. The request id is taken (single use) before
 * the signature is checked, so any answer — good or bad — spends it; the assertion id is recorded
 * only when everything has passed. Nothing about the person is kept on any failure.
 */
export function createAcsValidator(deps: { config: EauthConfig; store: EauthStore }): AcsValidator {
  const { config, store } = deps;
  const verifiedAssertionXml = createSignatureVerifier(config);

  return async (samlResponse) => {
    let requestId: string | undefined;
    let context: LoginContext | undefined;
    try {
      const envelope = readEnvelope(samlResponse);
      requestId = envelope.inResponseTo;
      if (!requestId) throw new EauthError('unsolicited_response');
      const taken = await store.takePending(requestId);
      if (taken.status === 'unknown') throw new EauthError('unknown_in_response_to');
      context = taken.context;
      if (taken.status === 'used') throw new EauthError('replayed_response');
      if (envelope.destination !== undefined && envelope.destination !== config.sp.acsUrl) {
        throw new EauthError('wrong_destination');
      }
      if (!envelope.success) throw new EauthError('login_cancelled');
      if (config.requireEncryptedAssertions && envelope.hasPlainAssertion) {
        throw new EauthError('unencrypted_assertion');
      }

      const assertion = readVerifiedAssertion(
        await verifiedAssertionXml(samlResponse as string).catch((error: unknown) => {
          // xml-encryption's own messages vary; an unnamed failure of an encrypted answer is a decryption one.
          if (
            error instanceof EauthError &&
            error.code === 'malformed_response' &&
            envelope.hasEncryptedAssertion
          ) {
            throw new EauthError('decryption_failed');
          }
          throw error;
        }),
      );
      if (assertion.issuer !== config.idp.entityId) throw new EauthError('wrong_issuer');
      // The Response's InResponseTo may be outside the signature; the assertion's is inside it.
      if (assertion.subjectInResponseTo !== requestId) throw new EauthError('in_response_to_mismatch');
      if (assertion.recipient !== undefined && assertion.recipient !== config.sp.acsUrl) {
        throw new EauthError('wrong_destination');
      }
      const level = assertion.statedLevel ?? context.level;
      if (!meetsLevel(level, context.level)) throw new EauthError('insufficient_level');

      const identity = toVerifiedIdentity(
        {
          personIdentifier: assertion.attributes.get('personIdentifier'),
          personName: assertion.attributes.get('personName'),
          email: assertion.attributes.get('email'),
        },
        level,
        config.pseudonymSecret,
      );
      const keepUntil = (assertion.notOnOrAfterMs ?? Date.now() + config.pendingTtlMs) + config.clockSkewMs;
      if (!(await store.rememberAssertion(assertion.id, keepUntil))) {
        throw new EauthError('replayed_assertion');
      }
      return { requestId, context, identity };
    } catch (error) {
      const eauthError = error instanceof EauthError ? error : new EauthError('malformed_response');
      throw new AcsFailure(eauthError, requestId, context);
    }
  };
}
