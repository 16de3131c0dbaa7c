import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import type { EauthConfig } from '../config/schema.ts';
import { EauthError, codeForNodeSamlError } from '../errors.ts';

/**
 * node-saml does the cryptography and the standard checks: the IdP signature on the response or
 * the assertion (signature-wrapping safe), decryption, NotBefore/NotOnOrAfter with bounded skew and
 * the audience. InResponseTo is checked by the caller against its own store, so it is off here.
 * Returns the verified assertion XML — the only XML the caller may read identity from.
 */
export function createSignatureVerifier(config: EauthConfig) {
  const saml = new SAML({
    idpCert: config.keys.idpCert,
    issuer: config.sp.entityId,
    callbackUrl: config.sp.acsUrl,
    entryPoint: config.idp.ssoUrl,
    audience: config.sp.entityId,
    idpIssuer: config.idp.entityId,
    wantAuthnResponseSigned: false,
    wantAssertionsSigned: false,
    acceptedClockSkewMs: config.clockSkewMs,
    validateInResponseTo: ValidateInResponseTo.never,
    ...(config.keys.decryptionKey ? { decryptionPvk: config.keys.decryptionKey } : {}),
  });
  return async function verifiedAssertionXml(samlResponse: string): Promise<string> {
    let assertionXml: string | undefined;
    try {
      const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: samlResponse });
      assertionXml = profile?.getAssertionXml?.();
    } catch (error) {
      throw new EauthError(codeForNodeSamlError(error));
    }
    if (!assertionXml) throw new EauthError('invalid_signature', 'no signed assertion');
    return assertionXml;
  };
}
