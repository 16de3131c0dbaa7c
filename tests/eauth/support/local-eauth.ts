// Test support: the hub's eAuth in local mode (the in-process test IdP at /test-idp) for a hub's origin.
import os from 'node:os';
import path from 'node:path';
import type { EauthSetup } from '../../../server/src/eauth/hub/index.ts';
import { createLocalEauth } from '../../../server/src/eauth/test-idp/local-setup.ts';
import { formAction, hiddenField, TEST_PSEUDONYM_SECRET } from '../../../server/src/eauth/testing/fixture.ts';

/** TEST keys are made once per machine (openssl takes a moment) and reused. */
const KEYS_DIR = path.join(os.tmpdir(), 'hub-eauth-test-keys');

export async function localEauth(publicOrigin: string): Promise<EauthSetup> {
  const local = await createLocalEauth({
    publicOrigin,
    keysDir: KEYS_DIR,
    pseudonymSecret: TEST_PSEUDONYM_SECRET,
    nodeEnv: 'test',
  });
  return { config: local.config, testIdp: local.testIdp };
}

/**
 * What a browser does, with fetch: post the login form, pick a person at the test IdP, post the answer
 * to the ACS; returns where the ACS sends the browser (Location) and the final response.
 */
export async function loginOverHttp(
  base: string,
  form: Record<string, string>,
  person: string,
): Promise<{ status: number; location: string | null; html: string }> {
  const post = (url: string, body: Record<string, string>) =>
    fetch(new URL(url, base), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams(body).toString(),
      redirect: 'manual',
    });
  const login = await post('/eauth/login', form);
  const loginHtml = await login.text();
  if (login.status !== 200) return { status: login.status, location: null, html: loginHtml };
  const idp = await post(formAction(loginHtml) ?? '', {
    SAMLRequest: hiddenField(loginHtml, 'SAMLRequest') ?? '',
  });
  const idpHtml = await idp.text();
  const answer = await post(formAction(idpHtml) ?? '', {
    token: hiddenField(idpHtml, 'token') ?? '',
    person,
  });
  const answerHtml = await answer.text();
  const acs = await post(formAction(answerHtml) ?? '', {
    SAMLResponse: hiddenField(answerHtml, 'SAMLResponse') ?? '',
  });
  return { status: acs.status, location: acs.headers.get('location'), html: await acs.text() };
}
