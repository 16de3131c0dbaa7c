import { generateServiceProviderMetadata } from '@node-saml/node-saml';
import type { EauthConfig } from './config/schema.ts';

/**
 * The SP metadata eAuth registers: entityID (= this document's URL), the HTTP-POST ACS, the
 * signing certificate and, when assertions are encrypted, the encryption certificate.
 */
export function spMetadataXml(config: EauthConfig): string {
  return generateServiceProviderMetadata({
    issuer: config.sp.entityId,
    callbackUrl: config.sp.acsUrl,
    privateKey: config.keys.spKey,
    publicCerts: config.keys.spCert,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'sha256',
    identifierFormat: null,
    wantAssertionsSigned: true,
    ...(config.keys.decryptionKey && config.keys.decryptionCert
      ? { decryptionPvk: config.keys.decryptionKey, decryptionCert: config.keys.decryptionCert }
      : {}),
  });
}
