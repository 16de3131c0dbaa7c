import type { BrowserWindowConstructorOptions } from 'electron';
import { appWebPreferences } from './web-preferences.ts';

/** A full-screen kiosk window with no frame, menu or way out; a developer gets a normal window with DevTools. */
export function kioskWindowOptions(preloadPath: string, developer: boolean): BrowserWindowConstructorOptions {
  return {
    kiosk: !developer,
    fullscreen: !developer,
    frame: developer,
    width: 1080,
    height: 1920,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    show: false,
    title: 'Sofia',
    webPreferences: appWebPreferences(preloadPath, developer),
  };
}
