import type { CheckedPermissionName, PermissionName, SessionLike } from './electron-types.ts';

/**
 * The kiosk needs no camera, microphone, location, notifications, clipboard, MIDI, HID, serial, USB or
 * external protocol handlers. Only the kiosk's own screens may go full screen (for the how-to video).
 */
const GRANTED_TO_APP: ReadonlySet<string> = new Set<PermissionName>(['fullscreen']);

export function isPermissionGranted(
  permission: PermissionName | CheckedPermissionName,
  origin: string,
  appOrigin: string,
): boolean {
  return origin === appOrigin && GRANTED_TO_APP.has(permission);
}

function originOfUrl(raw: string | undefined): string {
  if (!raw) return '';
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}`;
  } catch {
    return '';
  }
}

export function installPermissionHandlers(session: SessionLike, appOrigin: string): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const origin = originOfUrl(details.requestingUrl ?? webContents.getURL());
    callback(isPermissionGranted(permission, origin, appOrigin));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted(permission, originOfUrl(requestingOrigin) || requestingOrigin, appOrigin),
  );
}
