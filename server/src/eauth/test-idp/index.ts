export { createTestIdp, createTestIdpRouter, type TestIdp, type TestIdpOptions } from './router.ts';
export { TEST_PEOPLE, findTestPerson, type TestPerson } from './people.ts';
export { buildResponseXml, type ResponseSpec, type IdpIdentity } from './build-response.ts';
export { generateTestKeys, generateTestKeyPair, type TestKeys, type KeyPairFiles } from './keys.ts';
export { verifyAuthnRequest, type ReceivedAuthnRequest } from './verify-request.ts';
export { createLocalEauth, type LocalEauthOptions } from './local-setup.ts';
