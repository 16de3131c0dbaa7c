import { afterEach, describe, expect, it } from 'vitest';
import { startEauthFixture, type EauthFixture } from './testing/fixture.ts';
import { findTestPerson, type TestPerson } from './test-idp/people.ts';

let f: EauthFixture | undefined;
afterEach(async () => {
  await f?.close();
  f = undefined;
});

describe('eAuth router', () => {
  it('serves SP metadata with the entityID, the ACS and both certificates', async () => {
    f = await startEauthFixture();
    const res = await fetch(`${f.base}/eauth/metadata`);
    const xml = await res.text();
    expect(res.headers.get('content-type')).toContain('application/samlmetadata+xml');
    expect(xml).toContain(`entityID="${f.config.sp.entityId}"`);
    expect(xml).toContain(`Location="${f.config.sp.acsUrl}"`);
    expect(xml).toContain('use="signing"');
    expect(xml).toContain('use="encryption"');
    expect(xml).toContain('AuthnRequestsSigned="true"');
    expect(xml).not.toContain('PRIVATE KEY');
  });

  it('the login page posts to eAuth without inline script, and CSP allows that one form target', async () => {
    f = await startEauthFixture();
    const res = await f.postForm('/eauth/login', { returnPath: '/chat' });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<script src="/eauth/autosubmit.js"></script>');
    expect(html).not.toMatch(/<script>|onload=|style=/);
    expect(res.headers.get('content-security-policy')).toContain(
      `form-action 'self' ${new URL(f.config.idp.ssoUrl).origin}`,
    );
    const script = await fetch(`${f.base}/eauth/autosubmit.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain("getElementById('saml-post').submit()");
  });

  it('error pages keep the hub’s strict CSP', async () => {
    f = await startEauthFixture();
    const res = await f.postAcs('bm90IHhtbA==');
    expect(res.status).toBe(400);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('test-idp');
  });

  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', ''])(
    'refuses to start a login that would return to %j',
    async (returnPath) => {
      f = await startEauthFixture();
      const res = await f.postForm('/eauth/login', { returnPath });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('data-error-code="invalid_login_request"');
      expect(f.store.snapshot().requests).toHaveLength(0);
    },
  );

  it('refuses a login posted from another origin when origins are listed', async () => {
    f = await startEauthFixture({ router: { allowedOrigins: ['https://hub.sofia.bg'] } });
    const evil = await f.postForm('/eauth/login', { returnPath: '/' }, { origin: 'https://evil.example' });
    expect(evil.status).toBe(400);
    const ours = await f.postForm('/eauth/login', { returnPath: '/' }, { origin: 'https://hub.sofia.bg' });
    expect(ours.status).toBe(200);
    expect(f.store.snapshot().requests).toHaveLength(1);
  });

  it('asks authorizeLogin whether the caller may bind a login to the conversation', async () => {
    const asked: unknown[] = [];
    f = await startEauthFixture({
      router: {
        authorizeLogin: async (_req, context) => {
          asked.push(context.conversationId);
          return context.conversationId === 'mine';
        },
      },
    });
    expect((await f.postForm('/eauth/login', { returnPath: '/', conversationId: 'theirs' })).status).toBe(
      400,
    );
    expect((await f.postForm('/eauth/login', { returnPath: '/', conversationId: 'mine' })).status).toBe(200);
    expect(asked).toEqual(['theirs', 'mine']);
    expect(f.store.snapshot().requests).toHaveLength(1);
  });

  it('refuses an unknown level of assurance', async () => {
    f = await startEauthFixture();
    const res = await f.postForm('/eauth/login', { returnPath: '/', level: 'MEDIUM' });
    expect(res.status).toBe(400);
  });

  it('shows the error page in English when the citizen started in English', async () => {
    f = await startEauthFixture();
    const { requestId } = await f.startLogin({ returnPath: '/en/chat', lang: 'en' });
    const res = await f.postAcs(
      await f.idp.responseFor(requestId, findTestPerson('petrov') as TestPerson, { audience: 'x' }),
    );
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('issued for a different site');
    expect(html).toContain('href="/en/chat"');
  });

  it('a failing identity handler gives internal_error and the way back', async () => {
    f = await startEauthFixture({
      onIdentity: async () => {
        throw new Error('database down');
      },
    });
    const { requestId } = await f.startLogin({ returnPath: '/chat?c=9' });
    const res = await f.postAcs(await f.idp.responseFor(requestId, findTestPerson('petrov') as TestPerson));
    const html = await res.text();
    expect(res.status).toBe(500);
    expect(html).toContain('data-error-code="internal_error"');
    expect(html).toContain('href="/chat?c=9"');
    expect(f.logLines.join('\n')).not.toContain('7523169263');
  });

  it('onFailure can send the citizen back into the conversation with the code', async () => {
    f = await startEauthFixture({
      router: { onFailure: async (code, context) => `${context.returnPath}&eauth=${code}` },
    });
    const { requestId } = await f.startLogin({ returnPath: '/chat?c=5' });
    const res = await f.postAcs(
      await f.idp.responseFor(requestId, findTestPerson('petrov') as TestPerson, { audience: 'x' }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/chat?c=5&eauth=wrong_audience');
    expect(f.identities).toHaveLength(0);
  });

  it('never redirects off-site even if the identity handler asks to', async () => {
    f = await startEauthFixture({ onIdentity: async () => 'https://evil.example/' });
    const { requestId } = await f.startLogin({ returnPath: '/chat?c=1' });
    const res = await f.postAcs(await f.idp.responseFor(requestId, findTestPerson('petrov') as TestPerson));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/chat?c=1');
  });
});
