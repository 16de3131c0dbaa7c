export { createEauthRouter, type EauthRouterDeps } from './router.ts';
export {
  createTestIdp,
  createTestIdpRouter,
  createLocalEauth,
  type TestIdp,
  type TestIdpOptions,
  type LocalEauthOptions,
} from './test-idp/index.ts';
export { loadEauthConfig, settingsFromEnv, type EauthConfigResult } from './config/load.ts';
export { eauthSettingsSchema, EAUTH_PRESETS, type EauthConfig, type EauthSettings } from './config/schema.ts';
export { createMemoryEauthStore } from './memory-store.ts';
export type { EauthStore, TakenRequest } from './store.ts';
export type { VerifiedIdentity } from './identity.ts';
export type { LoginContext } from './login-context.ts';
export type { LevelOfAssurance } from './levels.ts';
export { EAUTH_ERROR_CODES, type EauthErrorCode } from './errors.ts';
