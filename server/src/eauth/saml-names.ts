/** Names fixed by eAuth's SAML profile (shared/docs/domain.md §3). */
export const EGOV_EXT_NS = 'urn:bg:egov:eauth:2.0:saml:ext';
export const SAMLP_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const SAML_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const XENC_NS = 'http://www.w3.org/2001/04/xmlenc#';
export const HTTP_POST_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
export const ATTRNAME_FORMAT_URI = 'urn:oasis:names:tc:saml2:2.0:attrname-format:uri';
export const STATUS_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';

export const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
export const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
export const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
export const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
export const RSA_OAEP = 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p';
export const AES128_CBC = 'http://www.w3.org/2001/04/xmlenc#aes128-cbc';

export const ATTRIBUTE_PREFIX = 'urn:egov:bg:eauth:2.0:attributes:';

/** Attributes an eAuth service provider may request (personIdentifier and personName always come). */
export const OPTIONAL_ATTRIBUTES = [
  'email',
  'phone',
  'latinName',
  'birthName',
  'dateOfBirth',
  'gender',
  'placeOfBirth',
  'X509',
  'canonicalResidenceAddress',
] as const;
export type OptionalAttribute = (typeof OPTIONAL_ATTRIBUTES)[number];

export function attributeName(friendlyName: string): string {
  return ATTRIBUTE_PREFIX + friendlyName;
}
