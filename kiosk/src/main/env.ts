/** The only module that reads environment variables. */
export interface KioskEnv {
  /** Path of the provisioned device configuration (JSON). */
  configPath: string;
  /** Set by `npm run kiosk` on a developer machine: allows DevTools and a window frame. */
  developer: boolean;
}

export const DEFAULT_CONFIG_PATH = '/etc/sofia-kiosk/device.json';

export function readKioskEnv(env: Record<string, string | undefined> = process.env): KioskEnv {
  return {
    configPath: env.KIOSK_CONFIG?.trim() || DEFAULT_CONFIG_PATH,
    developer: env.KIOSK_DEVELOPER === '1',
  };
}
