import type { KioskApi } from './kiosk-api.ts';

/** `window.kiosk`, exposed by the preload in Electron and by the test shim in plain Chromium. */
declare global {
  interface Window {
    kiosk: KioskApi;
  }
}
