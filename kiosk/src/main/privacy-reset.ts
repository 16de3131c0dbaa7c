import type { ResetReason } from '../shared/kiosk-api.ts';
import type { SessionLike, StorageType } from './electron-types.ts';
import type { Logger } from './logger.ts';

/** Every storage type Electron can clear. A Record, so a new type in Electron's typings fails the build here. */
const STORAGES: Record<StorageType, true> = {
  cookies: true,
  filesystem: true,
  indexdb: true,
  localstorage: true,
  shadercache: true,
  websql: true,
  serviceworkers: true,
  cachestorage: true,
};
export const ALL_STORAGES = Object.keys(STORAGES) as StorageType[];

/** Wipes one session: every storage type, the HTTP cache, HTTP auth and the host resolver cache. */
export async function wipeSession(session: SessionLike): Promise<void> {
  await session.clearStorageData({ storages: ALL_STORAGES });
  await session.clearCache();
  await session.clearAuthCache();
  await session.clearHostResolverCache();
}

export interface PrivacyResetDeps {
  /** The kiosk screens' session and the external views' session. */
  sessions: () => SessionLike[];
  closeExternalViews(): void;
  /** Tells the screens (so the countdown disappears and the analytics session ends). */
  notifyScreens(reason: ResetReason): void;
  /** Reloads the screens from scratch, dropping every bit of in-memory state (chat, form contents, history). */
  reloadScreens(): void;
  now(): Date;
  logger: Logger;
}

export interface PrivacyReset {
  reset(reason: ResetReason): Promise<void>;
  lastResetAt(): Date | null;
}

export function createPrivacyReset(deps: PrivacyResetDeps): PrivacyReset {
  let last: Date | null = null;
  let running: Promise<void> | null = null;

  const run = async (reason: ResetReason) => {
    deps.closeExternalViews();
    deps.notifyScreens(reason);
    const results = await Promise.allSettled(deps.sessions().map(wipeSession));
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed) deps.logger.error('session wipe failed', { reason, failed });
    deps.reloadScreens();
    last = deps.now();
    deps.logger.info('visitor session reset', { reason, failed });
  };

  return {
    reset(reason) {
      // Two resets at once (idle and a "finished" tap) wipe once.
      running ??= run(reason).finally(() => {
        running = null;
      });
      return running;
    },
    lastResetAt: () => last,
  };
}
