export { createEauthMount, type EauthMount, type EauthMountDeps } from './mount.ts';
export { prepareEauth, type EauthSetup } from './setup.ts';
export { createIdentities, type Identities } from './identities.ts';
export { eauthOffApi } from './staff-routes.ts';
