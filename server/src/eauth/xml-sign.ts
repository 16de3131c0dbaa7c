import { SignedXml } from 'xml-crypto';
import { ENVELOPED_SIGNATURE, EXC_C14N, RSA_SHA256, SHA256 } from './saml-names.ts';

export interface SignOptions {
  privateKey: string;
  publicCert: string;
  /** XPath of the element to sign (it must carry an ID attribute). */
  elementXPath: string;
  /** XPath of the element the Signature goes after (SAML puts it right after Issuer). */
  afterXPath: string;
}

/** An enveloped XML signature: RSA-SHA256 over SHA-256 digests, exclusive C14N (eAuth's profile). */
export function signEnveloped(xml: string, o: SignOptions): string {
  const sig = new SignedXml({
    privateKey: o.privateKey,
    publicCert: o.publicCert,
    signatureAlgorithm: RSA_SHA256,
    canonicalizationAlgorithm: EXC_C14N,
  });
  sig.addReference({
    xpath: o.elementXPath,
    transforms: [ENVELOPED_SIGNATURE, EXC_C14N],
    digestAlgorithm: SHA256,
  });
  sig.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: o.afterXPath, action: 'after' },
  });
  return sig.getSignedXml();
}
