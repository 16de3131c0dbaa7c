import { createPublicKey } from 'node:crypto';
import { promisify } from 'node:util';
import xmlenc from 'xml-encryption';
import { escapeHtml as esc } from '../html.ts';
import type { LevelOfAssurance } from '../levels.ts';
import {
  AES128_CBC,
  ATTRNAME_FORMAT_URI,
  RSA_OAEP,
  SAML_NS,
  SAMLP_NS,
  STATUS_SUCCESS,
  attributeName,
} from '../saml-names.ts';
import { newSamlId, samlInstant } from '../saml-id.ts';
import { signEnveloped } from '../xml-sign.ts';
import type { TestPerson } from './people.ts';

export interface IdpIdentity {
  entityId: string;
  key: string;
  cert: string;
}

/** Everything a test may bend to produce a good or a bad Response. */
export interface ResponseSpec {
  person: TestPerson;
  acsUrl: string;
  audience: string;
  /** Omitted from the Response when null (an unsolicited answer). */
  inResponseTo: string | null;
  /** The assertion's SubjectConfirmationData InResponseTo; defaults to inResponseTo. */
  subjectInResponseTo?: string | null;
  level?: LevelOfAssurance;
  issuer?: string;
  now?: number;
  /** Validity window relative to now (ms); defaults to −1 min … +5 min. */
  validFromMs?: number;
  validForMs?: number;
  assertionId?: string;
  /** Who signs, and what: eAuth's default here is a signed assertion. */
  signer?: IdpIdentity | 'none';
  sign?: 'assertion' | 'response' | 'both';
  /** Encrypt the assertion to this certificate (RSA-OAEP + AES-128-CBC, eAuth's production profile). */
  encryptTo?: string;
  status?: 'success' | 'cancelled';
}

const encrypt = promisify(
  xmlenc.encrypt as (c: string, o: xmlenc.EncryptOptions, cb: (e: Error | null, r: string) => void) => void,
);

function attributeXml(friendlyName: string, value: string): string {
  return (
    `<saml:Attribute FriendlyName="${friendlyName}" Name="${attributeName(friendlyName)}" NameFormat="${ATTRNAME_FORMAT_URI}">` +
    `<saml:AttributeValue>${esc(value)}</saml:AttributeValue></saml:Attribute>`
  );
}

export function assertionXml(spec: ResponseSpec, idp: IdpIdentity, id: string, now: number): string {
  const from = samlInstant(now + (spec.validFromMs ?? -60_000));
  const until = samlInstant(now + (spec.validFromMs ?? -60_000) + (spec.validForMs ?? 6 * 60_000));
  const subjectIrt = spec.subjectInResponseTo === undefined ? spec.inResponseTo : spec.subjectInResponseTo;
  const p = spec.person;
  return (
    `<saml:Assertion xmlns:saml="${SAML_NS}" ID="${id}" Version="2.0" IssueInstant="${samlInstant(now)}">` +
    `<saml:Issuer>${esc(spec.issuer ?? idp.entityId)}</saml:Issuer>` +
    '<saml:Subject>' +
    `<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${newSamlId()}</saml:NameID>` +
    '<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">' +
    `<saml:SubjectConfirmationData${subjectIrt ? ` InResponseTo="${esc(subjectIrt)}"` : ''} ` +
    `NotOnOrAfter="${until}" Recipient="${esc(spec.acsUrl)}"/>` +
    '</saml:SubjectConfirmation></saml:Subject>' +
    `<saml:Conditions NotBefore="${from}" NotOnOrAfter="${until}">` +
    `<saml:AudienceRestriction><saml:Audience>${esc(spec.audience)}</saml:Audience></saml:AudienceRestriction>` +
    '</saml:Conditions>' +
    `<saml:AuthnStatement AuthnInstant="${samlInstant(now)}" SessionIndex="${newSamlId()}">` +
    `<saml:AuthnContext><saml:AuthnContextClassRef>${spec.level ?? 'SUBSTANTIAL'}</saml:AuthnContextClassRef></saml:AuthnContext>` +
    '</saml:AuthnStatement>' +
    '<saml:AttributeStatement>' +
    attributeXml('personIdentifier', p.personIdentifier) +
    attributeXml('personName', p.personName) +
    (p.email ? attributeXml('email', p.email) : '') +
    '</saml:AttributeStatement>' +
    '</saml:Assertion>'
  );
}

async function encryptAssertion(assertion: string, cert: string): Promise<string> {
  const encrypted = await encrypt(assertion, {
    rsa_pub: createPublicKey(cert).export({ type: 'spki', format: 'pem' }).toString(),
    pem: cert,
    encryptionAlgorithm: AES128_CBC,
    keyEncryptionAlgorithm: RSA_OAEP,
  });
  return `<saml:EncryptedAssertion>${encrypted}</saml:EncryptedAssertion>`;
}

/** A SAML Response as XML, built and signed as the spec says. */
export async function buildResponseXml(spec: ResponseSpec, idp: IdpIdentity): Promise<string> {
  const now = spec.now ?? Date.now();
  const signer = spec.signer ?? idp;
  const sign = spec.sign ?? 'assertion';
  const responseId = newSamlId();
  let payload = '';
  if ((spec.status ?? 'success') === 'success') {
    let assertion = assertionXml(spec, idp, spec.assertionId ?? newSamlId(), now);
    if (signer !== 'none' && sign !== 'response') {
      assertion = signEnveloped(assertion, {
        privateKey: signer.key,
        publicCert: signer.cert,
        elementXPath: "/*[local-name(.)='Assertion']",
        afterXPath: "/*[local-name(.)='Assertion']/*[local-name(.)='Issuer']",
      });
    }
    payload = spec.encryptTo ? await encryptAssertion(assertion, spec.encryptTo) : assertion;
  }
  const status =
    (spec.status ?? 'success') === 'success'
      ? `<samlp:StatusCode Value="${STATUS_SUCCESS}"/>`
      : '<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder">' +
        '<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/></samlp:StatusCode>';
  let response =
    `<samlp:Response xmlns:samlp="${SAMLP_NS}" xmlns:saml="${SAML_NS}" ID="${responseId}" Version="2.0" ` +
    `IssueInstant="${samlInstant(now)}" Destination="${esc(spec.acsUrl)}"` +
    (spec.inResponseTo ? ` InResponseTo="${esc(spec.inResponseTo)}"` : '') +
    '>' +
    `<saml:Issuer>${esc(spec.issuer ?? idp.entityId)}</saml:Issuer>` +
    `<samlp:Status>${status}</samlp:Status>` +
    payload +
    '</samlp:Response>';
  if (signer !== 'none' && sign !== 'assertion') {
    response = signEnveloped(response, {
      privateKey: signer.key,
      publicCert: signer.cert,
      elementXPath: "/*[local-name(.)='Response']",
      afterXPath: "/*[local-name(.)='Response']/*[local-name(.)='Issuer']",
    });
  }
  return response;
}

export function toBase64(xml: string): string {
  return Buffer.from(xml, 'utf8').toString('base64');
}
