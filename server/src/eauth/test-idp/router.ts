import { randomBytes } from 'node:crypto';
import express, { type Router } from 'express';
import { AUTO_SUBMIT_JS, autoPostPage, escapeHtml, htmlPage, sendAutoPost } from '../html.ts';
import { isLevelOfAssurance } from '../levels.ts';
import { buildResponseXml, toBase64, type IdpIdentity, type ResponseSpec } from './build-response.ts';
import { TEST_PEOPLE, findTestPerson, type TestPerson } from './people.ts';
import { BadAuthnRequest, verifyAuthnRequest, type ReceivedAuthnRequest } from './verify-request.ts';

export interface TestIdpOptions {
  /** The IdP's entityID and signing pair (TEST keys). */
  idp: IdpIdentity;
  /** The public URL of this router's POST /sso (the requests' Destination must equal it). */
  ssoUrl: string;
  /** The SP as registered with this IdP. */
  sp: { entityId: string; acsUrl: string; cert: string; encryptionCert?: string };
  /** Encrypt assertions to sp.encryptionCert, as production eAuth does. */
  encrypt?: boolean;
  /** When set, requests must name this provider OID and one of these service OIDs. */
  expectedProviderOid?: string;
  expectedServiceOids?: readonly string[];
  people?: readonly TestPerson[];
  /** Where this router is mounted, for its script URL. Default "/test-idp". */
  mountPath?: string;
}

export interface TestIdp {
  router: Router;
  /** The last AuthnRequests this IdP accepted (tests inspect them). */
  received: ReceivedAuthnRequest[];
  /** A good Response to `requestId` for `person`, shaped by `overrides` (for the bad ones). */
  responseFor(
    requestId: string | null,
    person: TestPerson,
    overrides?: Partial<ResponseSpec>,
  ): Promise<string>;
  /** Not XML at all, base64-encoded. */
  malformedResponse(): string;
  /** The signing identity of the IdP, e.g. to build a response "signed" by someone else. */
  identity: IdpIdentity;
}

/**
 * The local stand-in for eAuth: receives real signed AuthnRequests (HTTP-POST), checks the
 * signature and the egovbga extension, lets a tester pick a person and posts back a signed
 * (optionally encrypted) Response. Never mount it in production.
 */
export function createTestIdp(options: TestIdpOptions): TestIdp {
  const people = options.people ?? TEST_PEOPLE;
  const mountPath = options.mountPath ?? '/test-idp';
  const pending = new Map<string, { request: ReceivedAuthnRequest; relayState?: string }>();
  const received: ReceivedAuthnRequest[] = [];
  const form = express.urlencoded({ extended: false, limit: '256kb', parameterLimit: 10 });
  const router = express.Router();

  const responseFor: TestIdp['responseFor'] = async (requestId, person, overrides = {}) =>
    toBase64(
      await buildResponseXml(
        {
          person,
          acsUrl: options.sp.acsUrl,
          audience: options.sp.entityId,
          inResponseTo: requestId,
          ...(options.encrypt && options.sp.encryptionCert ? { encryptTo: options.sp.encryptionCert } : {}),
          ...overrides,
        },
        options.idp,
      ),
    );

  const problem = (request: ReceivedAuthnRequest): string | undefined => {
    if (request.destination !== options.ssoUrl) return 'Destination is not this IdP';
    if (request.issuer !== options.sp.entityId) return 'Issuer is not the registered SP';
    if (request.acsUrl !== options.sp.acsUrl) return 'AssertionConsumerServiceURL is not registered';
    if (!request.forceAuthn || request.isPassive) return 'ForceAuthn must be true and IsPassive false';
    if (!isLevelOfAssurance(request.level)) return 'LevelOfAssurance must be LOW, SUBSTANTIAL or HIGH';
    if (options.expectedProviderOid && request.provider !== options.expectedProviderOid)
      return 'unknown provider OID';
    if (options.expectedServiceOids && !options.expectedServiceOids.includes(request.service))
      return 'unknown service OID';
    return undefined;
  };

  const refuse = (res: express.Response, reason: string) => {
    res
      .status(400)
      .type('html')
      .send(
        htmlPage(
          'en',
          'Test IdP: request refused',
          `<h1>Request refused</h1><p data-reason>${escapeHtml(reason)}</p>`,
        ),
      );
  };

  router.get('/autosubmit.js', (_req, res) => {
    res.type('text/javascript').send(AUTO_SUBMIT_JS);
  });

  router.post('/sso', form, (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.SAMLRequest !== 'string') return refuse(res, 'no SAMLRequest');
    let request: ReceivedAuthnRequest;
    try {
      request = verifyAuthnRequest(body.SAMLRequest, options.sp.cert);
    } catch (error) {
      return refuse(res, error instanceof BadAuthnRequest ? error.message : 'unreadable request');
    }
    const reason = problem(request);
    if (reason) return refuse(res, reason);
    received.push(request);
    const token = randomBytes(16).toString('hex');
    pending.set(token, {
      request,
      ...(typeof body.RelayState === 'string' ? { relayState: body.RelayState } : {}),
    });
    const choices = [
      ...people.map(
        (p) =>
          `<li><button type="submit" name="person" value="${escapeHtml(p.key)}">${escapeHtml(p.personName)} (${escapeHtml(p.personIdentifier)})</button></li>`,
      ),
      '<li><button type="submit" name="person" value="cancel">Cancel / Отказ</button></li>',
    ].join('\n');
    res.setHeader('Cache-Control', 'no-store');
    res
      .type('html')
      .send(
        htmlPage(
          'bg',
          'Test eAuth',
          `<h1>Test eAuth — TEST ONLY</h1><p>Level: ${escapeHtml(request.level)}</p>` +
            `<form method="post" action="${escapeHtml(mountPath)}/respond"><input type="hidden" name="token" value="${token}"><ul>${choices}</ul></form>`,
        ),
      );
  });

  router.post('/respond', form, async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const entry = typeof body.token === 'string' ? pending.get(body.token) : undefined;
      if (!entry) return refuse(res, 'unknown or used token');
      pending.delete(body.token as string);
      const cancelled = body.person === 'cancel';
      const person = cancelled ? people[0] : findTestPerson(body.person);
      if (!person) return refuse(res, 'unknown person');
      const samlResponse = await responseFor(entry.request.id, person, {
        level: entry.request.level as ResponseSpec['level'],
        ...(cancelled ? { status: 'cancelled' } : {}),
      });
      const fields: Record<string, string> = { SAMLResponse: samlResponse };
      if (entry.relayState) fields.RelayState = entry.relayState;
      sendAutoPost(
        res,
        autoPostPage({
          lang: 'bg',
          title: 'Test eAuth',
          text: 'Връщане към услугата / Returning to the service',
          button: 'Продължи / Continue',
          action: options.sp.acsUrl,
          fields,
          scriptPath: `${mountPath}/autosubmit.js`,
        }),
        options.sp.acsUrl,
      );
    } catch (error) {
      next(error);
    }
  });

  return {
    router,
    received,
    responseFor,
    malformedResponse: () =>
      toBase64('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><unclosed>'),
    identity: options.idp,
  };
}

export function createTestIdpRouter(options: TestIdpOptions): Router {
  return createTestIdp(options).router;
}
