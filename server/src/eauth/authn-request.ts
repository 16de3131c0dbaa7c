import type { EauthConfig } from './config/schema.ts';
import { escapeHtml as esc } from './html.ts';
import type { LevelOfAssurance } from './levels.ts';
import {
  ATTRNAME_FORMAT_URI,
  EGOV_EXT_NS,
  HTTP_POST_BINDING,
  SAML_NS,
  SAMLP_NS,
  attributeName,
} from './saml-names.ts';
import { newSamlId, samlInstant } from './saml-id.ts';
import { signEnveloped } from './xml-sign.ts';

export interface AuthnRequest {
  id: string;
  /** The signed XML, base64 for the SAMLRequest form field (HTTP-POST binding: no deflate). */
  samlRequest: string;
  xml: string;
}

/** The `egovbga` extension exactly as eAuth documents it (domain.md §3). */
export function egovExtension(config: EauthConfig, level: LevelOfAssurance): string {
  const attributes = config.requestedAttributes
    .map((name) => {
      const full = attributeName(name);
      return (
        `<egovbga:RequestedAttribute FriendlyName="${esc(name)}" Name="${esc(full)}" ` +
        `NameFormat="${ATTRNAME_FORMAT_URI}" isRequired="true">` +
        `<egovbga:AttributeValue>${esc(full)}</egovbga:AttributeValue>` +
        '</egovbga:RequestedAttribute>'
      );
    })
    .join('');
  return (
    '<samlp:Extensions>' +
    `<egovbga:RequestedService xmlns:egovbga="${EGOV_EXT_NS}">` +
    `<egovbga:Service>${esc(config.serviceOids[level])}</egovbga:Service>` +
    `<egovbga:Provider>${esc(config.providerOid)}</egovbga:Provider>` +
    `<egovbga:LevelOfAssurance>${level}</egovbga:LevelOfAssurance>` +
    '</egovbga:RequestedService>' +
    (attributes
      ? `<egovbga:RequestedAttributes xmlns:egovbga="${EGOV_EXT_NS}">${attributes}</egovbga:RequestedAttributes>`
      : '') +
    '</samlp:Extensions>'
  );
}

/**
 * A signed AuthnRequest for HTTP-POST. Built here rather than by node-saml, which cannot write
 * IsPassive="false" and signs with SHA-1 digests unless told otherwise; the extension is inside
 * the signed element, so eAuth can trust the requested service and level.
 */
export function createAuthnRequest(
  config: EauthConfig,
  level: LevelOfAssurance,
  now: number = Date.now(),
): AuthnRequest {
  const id = newSamlId();
  const unsigned =
    `<samlp:AuthnRequest xmlns:samlp="${SAMLP_NS}" xmlns:saml="${SAML_NS}" ID="${id}" Version="2.0" ` +
    `IssueInstant="${samlInstant(now)}" Destination="${esc(config.idp.ssoUrl)}" ` +
    `ForceAuthn="true" IsPassive="false" ProtocolBinding="${HTTP_POST_BINDING}" ` +
    `AssertionConsumerServiceURL="${esc(config.sp.acsUrl)}">` +
    `<saml:Issuer>${esc(config.sp.entityId)}</saml:Issuer>` +
    egovExtension(config, level) +
    '</samlp:AuthnRequest>';
  const xml = signEnveloped(unsigned, {
    privateKey: config.keys.spKey,
    publicCert: config.keys.spCert,
    elementXPath: "/*[local-name(.)='AuthnRequest']",
    afterXPath: "/*[local-name(.)='AuthnRequest']/*[local-name(.)='Issuer']",
  });
  return { id, xml, samlRequest: Buffer.from(xml, 'utf8').toString('base64') };
}
