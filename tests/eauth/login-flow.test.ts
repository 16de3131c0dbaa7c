import { afterEach, describe, expect, it } from 'vitest';
import { pseudonymise } from '@hub/server/src/privacy/pseudonym.ts';
import {
  TEST_PSEUDONYM_SECRET,
  formAction,
  hiddenField,
  startEauthFixture,
  type EauthFixture,
  type FixtureOptions,
} from '@hub/server/src/eauth/testing/fixture.ts';

const EGN = '8032056031';
let fixture: EauthFixture | undefined;

afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

/** Browser-like walk: login form → IdP → pick a person → auto-post → ACS. */
async function fullLogin(f: EauthFixture, person: string, form?: Record<string, string>) {
  const login = await f.startLogin(form);
  expect(login.status).toBe(200);
  expect(formAction(login.html)).toBe(f.config.idp.ssoUrl);
  const idpPage = await f.postForm(formAction(login.html) ?? '', { SAMLRequest: login.samlRequest });
  const idpHtml = await idpPage.text();
  expect(idpPage.status, idpHtml).toBe(200);
  const answer = await f.postForm(formAction(idpHtml) ?? '', {
    token: hiddenField(idpHtml, 'token') ?? '',
    person,
  });
  const answerHtml = await answer.text();
  expect(formAction(answerHtml)).toBe(f.config.sp.acsUrl);
  const acs = await f.postForm(formAction(answerHtml) ?? '', {
    SAMLResponse: hiddenField(answerHtml, 'SAMLResponse') ?? '',
  });
  return { login, acs, samlResponse: hiddenField(answerHtml, 'SAMLResponse') ?? '' };
}

describe.each<[string, FixtureOptions]>([
  ['signed assertion', {}],
  ['signed and encrypted assertion (production profile)', { encrypt: true, requireEncrypted: true }],
])('eAuth login over HTTP: %s', (_name, options) => {
  it('comes back to the conversation with a pseudonymous identity at the requested level', async () => {
    fixture = await startEauthFixture(options);
    const { acs, samlResponse } = await fullLogin(fixture, 'ivanova', {
      returnPath: '/chat?c=abc#end',
      conversationId: 'conv_42',
      level: 'HIGH',
    });
    const sent = Buffer.from(samlResponse, 'base64').toString('utf8');
    expect(sent.includes('EncryptedAssertion')).toBe(options.encrypt === true);
    expect(sent.includes(EGN)).toBe(options.encrypt !== true);
    expect(acs.status).toBe(303);
    expect(acs.headers.get('location')).toBe('/chat?c=abc#end');
    expect(fixture.identities).toHaveLength(1);
    const [{ identity, context }] = fixture.identities as [(typeof fixture.identities)[number]];
    expect(identity).toEqual({
      pseudonym: pseudonymise(EGN, TEST_PSEUDONYM_SECRET),
      kind: 'person',
      levelOfAssurance: 'HIGH',
      name: 'МАРИЯ ГЕОРГИЕВА ИВАНОВА',
      email: 'maria.ivanova@example.test',
    });
    expect(context).toMatchObject({ conversationId: 'conv_42', purpose: 'citizen', level: 'HIGH' });
  });
});

describe('eAuth login data protection', () => {
  it('keeps no raw ЕГН and no SAML message in the logs, the store or the identity', async () => {
    fixture = await startEauthFixture({ encrypt: false });
    const { acs, samlResponse } = await fullLogin(fixture, 'ivanova');
    expect(acs.status).toBe(303);
    // The check can fail: the ЕГН is really in the response the IdP sent.
    expect(Buffer.from(samlResponse, 'base64').toString('utf8')).toContain(EGN);
    const everything = [
      ...fixture.logLines,
      JSON.stringify(fixture.store.snapshot()),
      JSON.stringify(fixture.identities),
    ].join('\n');
    expect(fixture.logLines.length).toBeGreaterThan(0);
    expect(everything).not.toContain(EGN);
    expect(everything).not.toContain(samlResponse.slice(0, 40));
    expect(everything).not.toContain('PNOBG');
  });

  it('maps a legal entity (NTRBG-<ЕИК>) to kind "entity"', async () => {
    fixture = await startEauthFixture();
    const { acs } = await fullLogin(fixture, 'company', { returnPath: '/', level: 'LOW' });
    expect(acs.status).toBe(303);
    expect(fixture.identities[0]?.identity).toMatchObject({
      kind: 'entity',
      pseudonym: pseudonymise('175074752', TEST_PSEUDONYM_SECRET),
      levelOfAssurance: 'LOW',
    });
  });

  it('shows a cancelled login with a way back to the conversation and stores nothing', async () => {
    fixture = await startEauthFixture();
    const { acs } = await fullLogin(fixture, 'cancel', { returnPath: '/chat?c=keep', level: 'LOW' });
    const html = await acs.text();
    expect(acs.status).toBe(400);
    expect(html).toContain('data-error-code="login_cancelled"');
    expect(html).toContain('href="/chat?c=keep"');
    expect(fixture.identities).toHaveLength(0);
  });
});
