import { describe, expect, it } from 'vitest';
import type { CheckedPermissionName, PermissionName } from './electron-types.ts';
import { installPermissionHandlers } from './permissions.ts';
import { FakeSession } from './testing/fake-electron.ts';

// Records over Electron's own unions: a permission added to Electron's typings fails the build until listed here.
const REQUESTED: Record<PermissionName, true> = {
  'clipboard-read': true,
  'clipboard-sanitized-write': true,
  'display-capture': true,
  fullscreen: true,
  geolocation: true,
  'idle-detection': true,
  media: true,
  mediaKeySystem: true,
  midi: true,
  midiSysex: true,
  notifications: true,
  pointerLock: true,
  keyboardLock: true,
  openExternal: true,
  'speaker-selection': true,
  'storage-access': true,
  'top-level-storage-access': true,
  'window-management': true,
  unknown: true,
  fileSystem: true,
};
const CHECKED: Record<CheckedPermissionName, true> = {
  'clipboard-read': true,
  'clipboard-sanitized-write': true,
  geolocation: true,
  fullscreen: true,
  hid: true,
  'idle-detection': true,
  media: true,
  mediaKeySystem: true,
  midi: true,
  midiSysex: true,
  notifications: true,
  openExternal: true,
  pointerLock: true,
  serial: true,
  'storage-access': true,
  'top-level-storage-access': true,
  usb: true,
  'deprecated-sync-clipboard-read': true,
  fileSystem: true,
};
const ALLOWED_FOR_APP = new Set(['fullscreen']);

describe('permission handlers', () => {
  const session = new FakeSession();
  installPermissionHandlers(session, 'app://kiosk');

  it.each(Object.keys(REQUESTED) as PermissionName[])('request "%s"', async (permission) => {
    expect(await session.request(permission, 'app://kiosk/index.html')).toBe(ALLOWED_FOR_APP.has(permission));
    expect(await session.request(permission, 'https://usl.sofia.bg/ePortal')).toBe(false);
    expect(await session.request(permission, 'https://evil.example/')).toBe(false);
  });

  it.each(Object.keys(CHECKED) as CheckedPermissionName[])('check "%s"', (permission) => {
    expect(session.check(permission, 'app://kiosk')).toBe(ALLOWED_FOR_APP.has(permission));
    expect(session.check(permission, 'https://usl.sofia.bg')).toBe(false);
  });
});
