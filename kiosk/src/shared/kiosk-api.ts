/**
 * The one API the preload exposes as `window.kiosk`, shared by main (which answers it), the preload (which
 * forwards it), the renderer (which uses it) and the Chromium test shim (which imitates it). Types only, plus the
 * channel names: nothing here may pull Node or Electron into the renderer bundle.
 */

export type KioskLang = 'bg' | 'en';

/** A message staff pushed to the kiosk (server/src/kiosk), shown until it expires. */
export interface KioskNotice {
  seq: number;
  text: string;
  expiresAt: string;
}

/** What the screens may know about the device. Never the device token. */
export interface DeviceInfo {
  deviceId: string;
  /** The hub server's origin, e.g. https://hub.sofia.bg (no trailing slash). */
  serverUrl: string;
  /** Slug of the district whose building the kiosk stands in. */
  district: string;
  /** Free text shown to staff, e.g. "Lobby, ground floor". */
  location: string;
  lang: KioskLang;
  idleTimeoutSeconds: number;
  idleWarningSeconds: number;
  eServiceHosts: string[];
  version: string;
  /** Messages from staff still in force (main keeps them across the screens' reloads). */
  notices?: KioskNotice[];
}

/** Why the visitor's session was wiped. */
export type ResetReason = 'idle' | 'finished' | 'restart' | 'admin';

/** Events main sends to the screens. */
export type KioskEvent =
  | { type: 'idle-warning'; secondsLeft: number }
  | { type: 'idle-cancelled' }
  | { type: 'reset'; reason: ResetReason }
  | { type: 'external-opened'; host: string }
  | { type: 'external-closed' }
  /** A message staff pushed to this kiosk (or all kiosks), shown as a banner until it expires. */
  | ({ type: 'notice' } & KioskNotice)
  /** Staff changed the device's settings (validated by main like the provisioned file): the new device info. */
  | { type: 'config'; device: DeviceInfo };

export interface PrintResult {
  ok: boolean;
}

export interface KioskApi {
  deviceInfo(): Promise<DeviceInfo>;
  /** Prints the current page (its print stylesheet) on the kiosk's printer. */
  print(): Promise<PrintResult>;
  /** The visitor is done: wipe everything and return to the attract screen. */
  reset(reason: 'finished'): Promise<void>;
  /** Close the e-service view and return to the kiosk screens. */
  closeExternal(): Promise<void>;
  /** Subscribe to events from main; returns an unsubscribe function. */
  onEvent(listener: (event: KioskEvent) => void): () => void;
}

/** Every IPC channel, in one place. The preload refuses any other. */
export const CHANNELS = {
  deviceInfo: 'kiosk:device-info',
  print: 'kiosk:print',
  reset: 'kiosk:reset',
  closeExternal: 'kiosk:close-external',
  event: 'kiosk:event',
} as const;

export type InvokeChannel = (typeof CHANNELS)[Exclude<keyof typeof CHANNELS, 'event'>];
export const INVOKE_CHANNELS: readonly InvokeChannel[] = [
  CHANNELS.deviceInfo,
  CHANNELS.print,
  CHANNELS.reset,
  CHANNELS.closeExternal,
];

/** The origin the screens are served from inside Electron (see main/app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Height of the "back to the kiosk" bar the screens draw above an e-service view, in CSS pixels. */
export const EXTERNAL_BAR_HEIGHT = 112;
