import { EauthError } from '../errors.ts';
import { isLevelOfAssurance, type LevelOfAssurance } from '../levels.ts';
import { ATTRIBUTE_PREFIX, SAML_NS } from '../saml-names.ts';
import { attr, childElements, childPath, parseXmlStrict } from '../xml-dom.ts';

/** What the hub reads from an assertion whose signature has been verified. */
export interface AssertionFacts {
  id: string;
  issuer?: string;
  subjectInResponseTo?: string;
  recipient?: string;
  notOnOrAfterMs?: number;
  /** The level eAuth states in AuthnContextClassRef, when it is one of its three names. */
  statedLevel?: LevelOfAssurance;
  /** eAuth attributes by short name (personIdentifier, personName, email…), first value only. */
  attributes: Map<string, string>;
}

function statedLevel(classRef: string | undefined): LevelOfAssurance | undefined {
  const last = classRef?.trim().split(/[:/#]/).pop()?.toUpperCase();
  return isLevelOfAssurance(last) ? last : undefined;
}

/** Reads only the verified assertion XML that node-saml returns (never the unsigned envelope). */
export function readVerifiedAssertion(xml: string): AssertionFacts {
  const root = parseXmlStrict(xml).documentElement as Element;
  const id = attr(root, 'ID');
  if (root.namespaceURI !== SAML_NS || root.localName !== 'Assertion' || !id) {
    throw new EauthError('malformed_response', 'verified content is not an assertion');
  }
  const confirmations = childElements(
    childPath(root, SAML_NS, 'Subject') ?? root,
    SAML_NS,
    'SubjectConfirmation',
  );
  const data = confirmations
    .map((c) => childPath(c, SAML_NS, 'SubjectConfirmationData'))
    .find((d) => d !== undefined);
  const notOnOrAfter = attr(childPath(root, SAML_NS, 'Conditions'), 'NotOnOrAfter');
  const attributes = new Map<string, string>();
  for (const statement of childElements(root, SAML_NS, 'AttributeStatement')) {
    for (const attribute of childElements(statement, SAML_NS, 'Attribute')) {
      const name = attr(attribute, 'Name') ?? '';
      const short = name.startsWith(ATTRIBUTE_PREFIX) ? name.slice(ATTRIBUTE_PREFIX.length) : name;
      const value = childElements(attribute, SAML_NS, 'AttributeValue')[0]?.textContent ?? undefined;
      if (short && value !== undefined && !attributes.has(short)) attributes.set(short, value);
    }
  }
  const classRef = childPath(root, SAML_NS, 'AuthnStatement', 'AuthnContext', 'AuthnContextClassRef');
  return {
    id,
    issuer: childPath(root, SAML_NS, 'Issuer')?.textContent?.trim() ?? undefined,
    subjectInResponseTo: attr(data, 'InResponseTo'),
    recipient: attr(data, 'Recipient'),
    notOnOrAfterMs: notOnOrAfter ? Date.parse(notOnOrAfter) : undefined,
    statedLevel: statedLevel(classRef?.textContent ?? undefined),
    attributes,
  };
}
