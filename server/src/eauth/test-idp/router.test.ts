import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthnRequest } from '../authn-request.ts';
import { signEnveloped } from '../xml-sign.ts';
import { startEauthFixture, testKeys, type EauthFixture } from '../testing/fixture.ts';

describe('test IdP', () => {
  let f: EauthFixture;
  beforeAll(async () => {
    f = await startEauthFixture();
  });
  afterAll(async () => {
    await f.close();
  });

  const sso = (samlRequest: string) => f.postForm('/test-idp/sso', { SAMLRequest: samlRequest });
  const reason = async (res: Response) => /data-reason>([^<]*)</.exec(await res.text())?.[1];

  it('accepts the SP’s real request, records the extension and offers the test people', async () => {
    const { samlRequest } = await f.startLogin({ returnPath: '/', level: 'HIGH' });
    const res = await sso(samlRequest);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('8032056031');
    expect(html).toContain('175074752');
    expect(f.idp.received.at(-1)).toMatchObject({
      level: 'HIGH',
      provider: '2.16.100.1.1.1.1.13',
      service: '2.16.100.1.1.1.1.13.1.1.4',
      issuer: f.config.sp.entityId,
      requestedAttributes: [
        { friendlyName: 'email', name: 'urn:egov:bg:eauth:2.0:attributes:email', isRequired: true },
      ],
    });
  });

  it('refuses an unsigned request', async () => {
    const { xml } = createAuthnRequest(f.config, 'LOW');
    const unsigned = xml.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '');
    expect(unsigned).not.toBe(xml);
    const res = await sso(Buffer.from(unsigned).toString('base64'));
    expect(res.status).toBe(400);
    expect(await reason(res)).toBe('unsigned');
  });

  it('refuses a request signed by a key other than the registered one', async () => {
    const { xml } = createAuthnRequest(f.config, 'LOW');
    const unsigned = xml.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '');
    const k = testKeys();
    const resigned = signEnveloped(unsigned, {
      privateKey: k.other.key,
      publicCert: k.other.cert,
      elementXPath: "/*[local-name(.)='AuthnRequest']",
      afterXPath: "/*[local-name(.)='AuthnRequest']/*[local-name(.)='Issuer']",
    });
    expect(await reason(await sso(Buffer.from(resigned).toString('base64')))).toBe('bad signature');
  });

  it('refuses a request whose service OID it does not know', async () => {
    const other = { ...f.config, serviceOids: { ...f.config.serviceOids, LOW: '1.2.3.4' } };
    expect(await reason(await sso(createAuthnRequest(other, 'LOW').samlRequest))).toBe('unknown service OID');
  });

  it('refuses a request without the egovbga extension', async () => {
    const bare = { ...f.config, requestedAttributes: [] };
    const { xml } = createAuthnRequest(bare, 'LOW');
    const unsigned = xml
      .replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '')
      .replace(/<samlp:Extensions>[\s\S]*<\/samlp:Extensions>/, '');
    const k = testKeys();
    const resigned = signEnveloped(unsigned, {
      privateKey: k.sp.key,
      publicCert: k.sp.cert,
      elementXPath: "/*[local-name(.)='AuthnRequest']",
      afterXPath: "/*[local-name(.)='AuthnRequest']/*[local-name(.)='Issuer']",
    });
    expect(await reason(await sso(Buffer.from(resigned).toString('base64')))).toBe(
      'no egovbga:RequestedService in the signed request',
    );
  });

  it('refuses a request for another ACS', async () => {
    const other = { ...f.config, sp: { ...f.config.sp, acsUrl: 'https://evil.example/acs' } };
    expect(await reason(await sso(createAuthnRequest(other, 'LOW').samlRequest))).toBe(
      'AssertionConsumerServiceURL is not registered',
    );
  });

  it('uses a page token once', async () => {
    const { samlRequest } = await f.startLogin();
    const html = await (await sso(samlRequest)).text();
    const token = /name="token" value="([^"]+)"/.exec(html)?.[1] ?? '';
    expect((await f.postForm('/test-idp/respond', { token, person: 'petrov' })).status).toBe(200);
    expect((await f.postForm('/test-idp/respond', { token, person: 'petrov' })).status).toBe(400);
  });
});
