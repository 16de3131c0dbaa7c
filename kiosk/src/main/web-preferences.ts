import type { WebPreferences } from 'electron';

/** Settings shared by every web page the kiosk shows. */
const LOCKED_DOWN: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
  disableDialogs: true,
  enableWebSQL: false,
  experimentalFeatures: false,
};

/** The kiosk screens: the only page that gets the preload. */
export function appWebPreferences(preloadPath: string, developer: boolean): WebPreferences {
  return { ...LOCKED_DOWN, preload: preloadPath, devTools: developer };
}

/** E-service pages and hub pages opened from a guide: no preload, an in-memory session wiped at every reset. */
export const EXTERNAL_PARTITION = 'external';

export function externalWebPreferences(): WebPreferences {
  return { ...LOCKED_DOWN, partition: EXTERNAL_PARTITION, devTools: false };
}
