import { SignedXml } from 'xml-crypto';
import { DSIG_NS, EGOV_EXT_NS, EXC_C14N, RSA_SHA256, SAML_NS, SAMLP_NS } from '../saml-names.ts';
import { attr, childElements, childPath, firstChild, parseXmlStrict } from '../xml-dom.ts';

/** An AuthnRequest as the test IdP accepted it, read from the signed bytes only. */
export interface ReceivedAuthnRequest {
  id: string;
  issuer: string;
  destination: string;
  acsUrl: string;
  forceAuthn: boolean;
  isPassive: boolean;
  service: string;
  provider: string;
  level: string;
  requestedAttributes: { friendlyName: string; name: string; isRequired: boolean }[];
}

export class BadAuthnRequest extends Error {
  override name = 'BadAuthnRequest';
}

function signatureParts(signature: Element) {
  const signedInfo = firstChild(signature, DSIG_NS, 'SignedInfo');
  return {
    c14n: attr(signedInfo && firstChild(signedInfo, DSIG_NS, 'CanonicalizationMethod'), 'Algorithm'),
    method: attr(signedInfo && firstChild(signedInfo, DSIG_NS, 'SignatureMethod'), 'Algorithm'),
  };
}

/**
 * Verifies the SP's enveloped signature (RSA-SHA256, exclusive C14N, one reference to the root)
 * against the registered SP certificate, then reads everything from the verified bytes — so an
 * extension outside the signature would not be seen.
 */
export function verifyAuthnRequest(samlRequest: string, spCert: string): ReceivedAuthnRequest {
  const xml = Buffer.from(samlRequest, 'base64').toString('utf8');
  let root: Element;
  try {
    root = parseXmlStrict(xml).documentElement as Element;
  } catch {
    throw new BadAuthnRequest('not well-formed XML');
  }
  if (root.namespaceURI !== SAMLP_NS || root.localName !== 'AuthnRequest') {
    throw new BadAuthnRequest('not an AuthnRequest');
  }
  const signatures = childElements(root, DSIG_NS, 'Signature');
  if (signatures.length !== 1) throw new BadAuthnRequest('unsigned');
  const signatureEl = signatures[0] as Element;
  const { c14n, method } = signatureParts(signatureEl);
  if (method !== RSA_SHA256 || c14n !== EXC_C14N) throw new BadAuthnRequest('wrong signature algorithms');
  const sig = new SignedXml({ publicCert: spCert });
  sig.loadSignature(signatureEl);
  const refs = sig.getReferences();
  if (refs.length !== 1 || refs[0]?.uri !== `#${attr(root, 'ID') ?? ''}`) {
    throw new BadAuthnRequest('signature does not cover the request');
  }
  let valid = false;
  try {
    valid = sig.checkSignature(xml);
  } catch {
    valid = false;
  }
  const signed = sig.getSignedReferences()[0];
  if (!valid || !signed) throw new BadAuthnRequest('bad signature');

  const request = parseXmlStrict(signed).documentElement as Element;
  const service = childPath(request, SAMLP_NS, 'Extensions');
  const requested = service && firstChild(service, EGOV_EXT_NS, 'RequestedService');
  const text = (parent: Element | undefined, name: string) =>
    (parent && firstChild(parent, EGOV_EXT_NS, name)?.textContent?.trim()) || '';
  if (!requested) throw new BadAuthnRequest('no egovbga:RequestedService in the signed request');
  const attributesEl = service && firstChild(service, EGOV_EXT_NS, 'RequestedAttributes');
  return {
    id: attr(request, 'ID') ?? '',
    issuer: firstChild(request, SAML_NS, 'Issuer')?.textContent?.trim() ?? '',
    destination: attr(request, 'Destination') ?? '',
    acsUrl: attr(request, 'AssertionConsumerServiceURL') ?? '',
    forceAuthn: attr(request, 'ForceAuthn') === 'true',
    isPassive: attr(request, 'IsPassive') === 'true',
    service: text(requested, 'Service'),
    provider: text(requested, 'Provider'),
    level: text(requested, 'LevelOfAssurance'),
    requestedAttributes: attributesEl
      ? childElements(attributesEl, EGOV_EXT_NS, 'RequestedAttribute').map((a) => ({
          friendlyName: attr(a, 'FriendlyName') ?? '',
          name: attr(a, 'Name') ?? '',
          isRequired: attr(a, 'isRequired') === 'true',
        }))
      : [],
  };
}
