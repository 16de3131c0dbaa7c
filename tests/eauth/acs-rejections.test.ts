import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCluster } from '@hub/server/src/cluster/index.ts';
import { createTestDatabase, type TestDatabase } from '@hub/server/src/db/testing.ts';
import type { EauthErrorCode } from '@hub/server/src/eauth/errors.ts';
import { createIdentities } from '@hub/server/src/eauth/hub/identities.ts';
import { findTestPerson, type TestPerson } from '@hub/server/src/eauth/test-idp/people.ts';
import { startEauthFixture, testKeys, type EauthFixture } from '@hub/server/src/eauth/testing/fixture.ts';

const EGN = '8032056031';
const person = findTestPerson('ivanova') as TestPerson;

/**
 * The fixture keeps its SAML state in a real (SQLite) database through the hub's Prisma store, and an
 * accepted login writes a ConversationIdentity row, as in the hub: a rejection must add neither.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('sqlite');
});
afterAll(async () => {
  await t.drop();
});

async function startFixture(options: { encrypt?: boolean; requireEncrypted?: boolean } = {}) {
  const identities = createIdentities(t.db, localCluster().store);
  let n = 0;
  return startEauthFixture({
    ...options,
    db: t.db,
    onIdentity: async (identity, context) => {
      await identities.verified(`conv_${++n}`, identity);
      return context.returnPath;
    },
  });
}

async function stored() {
  const [f, identities] = [await t.db.eauthSeenAssertion.count(), await t.db.conversationIdentity.count()];
  return { assertions: f, identities };
}

async function everythingStored(): Promise<string> {
  return JSON.stringify([
    await t.db.eauthPendingRequest.findMany(),
    await t.db.eauthSeenAssertion.findMany(),
    await t.db.conversationIdentity.findMany(),
  ]);
}

async function expectRejected(f: EauthFixture, samlResponse: string, code: EauthErrorCode) {
  const before = await stored();
  const res = await f.postAcs(samlResponse);
  const html = await res.text();
  expect(res.status).toBe(400);
  expect(html).toContain(`data-error-code="${code}"`);
  // No identity and no assertion id was recorded (request ids are only marked used).
  expect(await stored()).toEqual(before);
  expect(await everythingStored()).not.toContain(EGN);
  expect(f.logLines.join('\n')).not.toContain(EGN);
  expect(f.logLines.some((l) => l.includes(`"code":"${code}"`))).toBe(true);
  return html;
}

describe('ACS rejects bad answers, each with its own code, storing nothing', () => {
  let f: EauthFixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(async () => {
    await f.close();
  });

  it('accepts a good answer (so the rejections below are about their one defect)', async () => {
    const before = await stored();
    const { requestId } = await f.startLogin();
    const res = await f.postAcs(await f.idp.responseFor(requestId, person));
    expect(res.status).toBe(303);
    // The checks below can fail: an accepted answer does store an assertion id and an identity.
    expect(await stored()).toEqual({ assertions: before.assertions + 1, identities: before.identities + 1 });
    expect(await everythingStored()).not.toContain(EGN);
  });

  it.each(['assertion', 'response', 'both'] as const)('accepts a signature on the %s', async (sign) => {
    const { requestId } = await f.startLogin();
    const res = await f.postAcs(await f.idp.responseFor(requestId, person, { sign }));
    expect(res.status).toBe(303);
  });

  it('a response signed by the IdP around an assertion altered before wrapping is still refused', async () => {
    // Signature on the response only, assertion unsigned: the response signature must cover it.
    const { requestId } = await f.startLogin();
    const good = Buffer.from(
      await f.idp.responseFor(requestId, person, { sign: 'response' }),
      'base64',
    ).toString('utf8');
    const forged = good.replace('PNOBG-8032056031', 'PNOBG-7523169263');
    await expectRejected(f, Buffer.from(forged).toString('base64'), 'invalid_signature');
  });

  it('malformed XML → malformed_response', async () => {
    await f.startLogin();
    await expectRejected(f, f.idp.malformedResponse(), 'malformed_response');
  });

  it('not base64 at all → malformed_response', async () => {
    await expectRejected(f, '%%%not-base64%%%', 'malformed_response');
  });

  it('signed by another key → invalid_signature', async () => {
    const { requestId } = await f.startLogin();
    const k = testKeys();
    const other = { entityId: f.config.idp.entityId, key: k.other.key, cert: k.other.cert };
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { signer: other }),
      'invalid_signature',
    );
  });

  it('unsigned → invalid_signature', async () => {
    const { requestId } = await f.startLogin();
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { signer: 'none' }),
      'invalid_signature',
    );
  });

  it('assertion altered after signing → invalid_signature', async () => {
    const { requestId } = await f.startLogin();
    const good = Buffer.from(await f.idp.responseFor(requestId, person), 'base64').toString('utf8');
    const forged = good.replace('PNOBG-8032056031', 'PNOBG-7523169263');
    expect(forged).not.toBe(good);
    await expectRejected(f, Buffer.from(forged).toString('base64'), 'invalid_signature');
  });

  it('wrong audience → wrong_audience', async () => {
    const { requestId } = await f.startLogin();
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { audience: 'https://other.example/metadata' }),
      'wrong_audience',
    );
  });

  it('expired → assertion_expired', async () => {
    const { requestId } = await f.startLogin();
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { validFromMs: -20 * 60_000, validForMs: 5 * 60_000 }),
      'assertion_expired',
    );
  });

  it('expired only by less than the allowed clock skew → accepted', async () => {
    const { requestId } = await f.startLogin();
    const res = await f.postAcs(
      await f.idp.responseFor(requestId, person, {
        validFromMs: -5 * 60_000,
        validForMs: 5 * 60_000 - 10_000,
      }),
    );
    expect(res.status).toBe(303);
  });

  it('not yet valid beyond the skew → assertion_not_yet_valid', async () => {
    const { requestId } = await f.startLogin();
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { validFromMs: 10 * 60_000 }),
      'assertion_not_yet_valid',
    );
  });

  it('the same response twice → replayed_response', async () => {
    const { requestId } = await f.startLogin();
    const response = await f.idp.responseFor(requestId, person);
    expect((await f.postAcs(response)).status).toBe(303);
    const html = await expectRejected(f, response, 'replayed_response');
    expect(html).toContain('href="/chat?c=abc"');
  });

  it('the same assertion for a second request → replayed_assertion', async () => {
    const first = await f.startLogin();
    const second = await f.startLogin();
    const assertionId = '_fixed-assertion-id-for-replay';
    expect((await f.postAcs(await f.idp.responseFor(first.requestId, person, { assertionId }))).status).toBe(
      303,
    );
    await expectRejected(
      f,
      await f.idp.responseFor(second.requestId, person, { assertionId }),
      'replayed_assertion',
    );
  });

  it('no InResponseTo (IdP-initiated) → unsolicited_response', async () => {
    await f.startLogin();
    await expectRejected(f, await f.idp.responseFor(null, person), 'unsolicited_response');
  });

  it('InResponseTo that was never issued → unknown_in_response_to', async () => {
    await f.startLogin();
    await expectRejected(f, await f.idp.responseFor('_never-issued-by-us', person), 'unknown_in_response_to');
  });

  it("a signed assertion for another request, rewrapped with this request's id → in_response_to_mismatch", async () => {
    const { requestId } = await f.startLogin();
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { subjectInResponseTo: '_some-other-request' }),
      'in_response_to_mismatch',
    );
  });

  it('issued by someone other than the IdP → wrong_issuer', async () => {
    const { requestId } = await f.startLogin();
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { issuer: 'https://impostor.example' }),
      'wrong_issuer',
    );
  });

  it('addressed to another ACS → wrong_destination', async () => {
    const { requestId } = await f.startLogin();
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { acsUrl: 'https://other.example/acs' }),
      'wrong_destination',
    );
  });

  it('a lower level than requested → insufficient_level', async () => {
    const { requestId } = await f.startLogin({ returnPath: '/', level: 'HIGH' });
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { level: 'LOW' }),
      'insufficient_level',
    );
  });

  it('an identifier eAuth does not define → unsupported_identifier', async () => {
    const { requestId } = await f.startLogin();
    const odd = { ...person, personIdentifier: 'PI:BG-12345' };
    await expectRejected(f, await f.idp.responseFor(requestId, odd), 'unsupported_identifier');
  });
});

describe('ACS with encryption required (production profile)', () => {
  let f: EauthFixture;
  beforeAll(async () => {
    f = await startFixture({ encrypt: true, requireEncrypted: true });
  });
  afterAll(async () => {
    await f.close();
  });

  it.each(['assertion', 'response', 'both'] as const)(
    'accepts an encrypted assertion with the signature on the %s',
    async (sign) => {
      const { requestId } = await f.startLogin();
      expect((await f.postAcs(await f.idp.responseFor(requestId, person, { sign }))).status).toBe(303);
    },
  );

  it('an encrypted but unsigned assertion → invalid_signature', async () => {
    const { requestId } = await f.startLogin();
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { signer: 'none' }),
      'invalid_signature',
    );
  });

  it('an unencrypted assertion → unencrypted_assertion', async () => {
    const { requestId } = await f.startLogin();
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { encryptTo: undefined }),
      'unencrypted_assertion',
    );
  });

  it('encrypted to another key → decryption_failed', async () => {
    const { requestId } = await f.startLogin();
    await expectRejected(
      f,
      await f.idp.responseFor(requestId, person, { encryptTo: testKeys().other.cert }),
      'decryption_failed',
    );
  });
});
