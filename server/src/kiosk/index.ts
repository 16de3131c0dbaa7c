export { kioskRouter, type KioskRouteDeps } from './routes.ts';
export { continueRouter } from './continue-page.ts';
export { attachKioskRealtime, KIOSK_PUSH_TOPIC } from './realtime.ts';
export { deleteExpiredPushes } from './pushes.ts';
