import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { describe, expect, it } from 'vitest';
import { createAuthnRequest } from './authn-request.ts';
import { EAUTH_PRESETS, type EauthConfig } from './config/schema.ts';
import { DSIG_NS, EGOV_EXT_NS, EXC_C14N, RSA_SHA256, SAMLP_NS } from './saml-names.ts';
import { testKeys } from './testing/fixture.ts';
import { verifyAuthnRequest } from './test-idp/verify-request.ts';

function config(): EauthConfig {
  const k = testKeys();
  return {
    environment: 'test',
    idp: {
      ssoUrl: EAUTH_PRESETS.test.ssoUrl,
      entityId: EAUTH_PRESETS.test.idpEntityId,
      certFile: k.idp.certFile,
    },
    sp: {
      entityId: 'https://hub.example/eauth/metadata',
      acsUrl: 'https://hub.example/eauth/acs',
      keyFile: k.sp.keyFile,
      certFile: k.sp.certFile,
    },
    providerOid: EAUTH_PRESETS.test.providerOid,
    serviceOids: EAUTH_PRESETS.test.serviceOids,
    requestedAttributes: ['email'],
    defaultLevel: 'SUBSTANTIAL',
    requireEncryptedAssertions: false,
    clockSkewMs: 60_000,
    pendingTtlMs: 600_000,
    pseudonymSecret: 'x'.repeat(40),
    keys: { idpCert: k.idp.cert, spKey: k.sp.key, spCert: k.sp.cert },
  };
}

function verifiedBytes(xml: string, cert: string): string | undefined {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const signature = doc.getElementsByTagNameNS(DSIG_NS, 'Signature')[0];
  if (!signature) return undefined;
  const sig = new SignedXml({ publicCert: cert });
  sig.loadSignature(signature);
  try {
    return sig.checkSignature(xml) ? sig.getSignedReferences()[0] : undefined;
  } catch {
    return undefined;
  }
}

describe('createAuthnRequest', () => {
  it('is signed RSA-SHA256 with exclusive C14N and carries the attributes eAuth expects', () => {
    const c = config();
    const { xml, id, samlRequest } = createAuthnRequest(c, 'HIGH');
    expect(Buffer.from(samlRequest, 'base64').toString('utf8')).toBe(xml);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const root = doc.documentElement as Element;
    expect(root.namespaceURI).toBe(SAMLP_NS);
    expect(root.getAttribute('ID')).toBe(id);
    expect(root.getAttribute('ForceAuthn')).toBe('true');
    expect(root.getAttribute('IsPassive')).toBe('false');
    expect(root.getAttribute('Destination')).toBe(EAUTH_PRESETS.test.ssoUrl);
    expect(root.getAttribute('ProtocolBinding')).toBe('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST');
    expect(root.getAttribute('AssertionConsumerServiceURL')).toBe(c.sp.acsUrl);
    const sigMethod = doc.getElementsByTagNameNS(DSIG_NS, 'SignatureMethod')[0];
    const c14n = doc.getElementsByTagNameNS(DSIG_NS, 'CanonicalizationMethod')[0];
    expect(sigMethod?.getAttribute('Algorithm')).toBe(RSA_SHA256);
    expect(c14n?.getAttribute('Algorithm')).toBe(EXC_C14N);
    // Signature comes right after Issuer, as the SAML schema requires.
    const children = Array.from(root.childNodes).filter((n) => n.nodeType === 1) as Element[];
    expect(children.map((e) => e.localName)).toEqual(['Issuer', 'Signature', 'Extensions']);
  });

  it('has the egovbga extension inside the signature, exactly as domain.md shows', () => {
    const c = config();
    const { xml } = createAuthnRequest(c, 'SUBSTANTIAL');
    const signed = verifiedBytes(xml, c.keys.spCert);
    expect(signed).toBeDefined();
    const doc = new DOMParser().parseFromString(signed as string, 'text/xml');
    const text = (name: string) => doc.getElementsByTagNameNS(EGOV_EXT_NS, name)[0]?.textContent;
    expect(text('Service')).toBe('2.16.100.1.1.1.1.13.1.1.3');
    expect(text('Provider')).toBe('2.16.100.1.1.1.1.13');
    expect(text('LevelOfAssurance')).toBe('SUBSTANTIAL');
    const attribute = doc.getElementsByTagNameNS(EGOV_EXT_NS, 'RequestedAttribute')[0];
    expect(attribute?.getAttribute('FriendlyName')).toBe('email');
    expect(attribute?.getAttribute('Name')).toBe('urn:egov:bg:eauth:2.0:attributes:email');
    expect(attribute?.getAttribute('NameFormat')).toBe('urn:oasis:names:tc:saml2:2.0:attrname-format:uri');
    expect(attribute?.getAttribute('isRequired')).toBe('true');
    expect(text('AttributeValue')).toBe('urn:egov:bg:eauth:2.0:attributes:email');
    expect(signed).toContain('<egovbga:RequestedService xmlns:egovbga="urn:bg:egov:eauth:2.0:saml:ext">');
  });

  it('a changed level breaks the signature (so eAuth can trust it)', () => {
    const c = config();
    const { xml } = createAuthnRequest(c, 'LOW');
    const tampered = xml.replace('>LOW<', '>HIGH<');
    expect(tampered).not.toBe(xml);
    expect(verifiedBytes(tampered, c.keys.spCert)).toBeUndefined();
    expect(() => verifyAuthnRequest(Buffer.from(tampered).toString('base64'), c.keys.spCert)).toThrow(
      /bad signature/,
    );
  });

  it('does not verify with another certificate', () => {
    const c = config();
    const { xml, samlRequest } = createAuthnRequest(c, 'LOW');
    expect(verifiedBytes(xml, testKeys().other.cert)).toBeUndefined();
    expect(() => verifyAuthnRequest(samlRequest, testKeys().other.cert)).toThrow();
    expect(verifyAuthnRequest(samlRequest, c.keys.spCert)).toMatchObject({
      level: 'LOW',
      forceAuthn: true,
      isPassive: false,
    });
  });

  it('gives every request a fresh id', () => {
    const c = config();
    expect(createAuthnRequest(c, 'LOW').id).not.toBe(createAuthnRequest(c, 'LOW').id);
  });
});
