import type { Configuration } from 'electron-builder';

/**
 * Electron fuses, flipped in the packaged binary (as Electron Fiddle does): no running as plain Node, no
 * NODE_OPTIONS or --inspect, and only the integrity-checked app.asar may be loaded.
 */
export const FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const;

export interface BuilderPaths {
  /** The staged app (see build-electron.ts). */
  appDir: string;
  outputDir: string;
  electronVersion: string;
}

/** Linux AppImage and .deb for the lobby kiosks. */
export function builderConfig(paths: BuilderPaths): Configuration {
  return {
    appId: 'bg.sofia.hub.kiosk',
    productName: 'Sofia Kiosk',
    electronVersion: paths.electronVersion,
    directories: { app: paths.appDir, output: paths.outputDir },
    files: ['**/*', '!**/*.map'],
    asar: true,
    electronFuses: FUSES,
    linux: {
      target: ['AppImage', 'deb'],
      category: 'Utility',
      maintainer: 'Sofia Municipality <digital@sofia.bg>',
      synopsis: 'Citizen-assistance lobby kiosk',
    },
    deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1'] },
  };
}
