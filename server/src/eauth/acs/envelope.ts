import { EauthError } from '../errors.ts';
import { SAML_NS, SAMLP_NS, STATUS_SUCCESS } from '../saml-names.ts';
import { attr, childElements, childPath, parseXmlStrict } from '../xml-dom.ts';

/** A posted SAMLResponse is at most this big (base64); eAuth's are a few kilobytes. */
export const MAX_SAML_RESPONSE_CHARS = 256 * 1024;

/**
 * The unsigned outer facts of a Response, read before any signature is checked. They only steer
 * the checks (which request it answers, whether it failed); nothing here is trusted as identity.
 */
export interface ResponseEnvelope {
  xml: string;
  inResponseTo?: string;
  destination?: string;
  success: boolean;
  hasPlainAssertion: boolean;
  hasEncryptedAssertion: boolean;
}

export function readEnvelope(samlResponse: unknown): ResponseEnvelope {
  if (typeof samlResponse !== 'string' || samlResponse.length === 0) {
    throw new EauthError('malformed_response', 'no SAMLResponse');
  }
  if (samlResponse.length > MAX_SAML_RESPONSE_CHARS || !/^[A-Za-z0-9+/=\r\n]+$/.test(samlResponse)) {
    throw new EauthError('malformed_response', 'not base64 or too large');
  }
  const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
  let root: Element;
  try {
    root = parseXmlStrict(xml).documentElement as Element;
  } catch {
    throw new EauthError('malformed_response', 'not well-formed XML');
  }
  if (root.namespaceURI !== SAMLP_NS || root.localName !== 'Response') {
    throw new EauthError('malformed_response', 'not a samlp:Response');
  }
  const statusCode = attr(childPath(root, SAMLP_NS, 'Status', 'StatusCode'), 'Value');
  return {
    xml,
    inResponseTo: attr(root, 'InResponseTo'),
    destination: attr(root, 'Destination'),
    success: statusCode === STATUS_SUCCESS,
    hasPlainAssertion: childElements(root, SAML_NS, 'Assertion').length > 0,
    hasEncryptedAssertion: childElements(root, SAML_NS, 'EncryptedAssertion').length > 0,
  };
}
