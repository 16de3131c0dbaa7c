import type { DeviceInfo, KioskApi, KioskEvent } from '../../../kiosk/src/shared/kiosk-api.ts';

export interface ShimOptions {
  device: DeviceInfo;
  /** Idle timing for the test, in milliseconds (the device's are in seconds and at least 30 s). */
  idleTimeoutMs: number;
  idleWarningMs: number;
}

/** What a test can see of the shim: window.__kioskShim. */
export interface ShimProbe {
  printed: number;
  emit(event: KioskEvent): void;
}

/**
 * Provides `window.kiosk` in plain Chromium the way main and the preload do in Electron: device info, print,
 * the idle countdown and reset (wiping every web storage, then reloading, as main's privacy reset does).
 * Passed to page.addInitScript, so it must not reference anything outside itself.
 */
export function installKioskShim(options: ShimOptions): void {
  const listeners = new Set<(event: KioskEvent) => void>();
  const emit = (event: KioskEvent) => listeners.forEach((l) => l(event));
  let lastActivity = Date.now();
  let inUse = false;
  let warning = false;

  const wipeAndReload = async (reason: 'idle' | 'finished') => {
    emit({ type: 'reset', reason });
    localStorage.clear();
    sessionStorage.clear();
    for (const cookie of document.cookie.split(';')) {
      const name = cookie.split('=')[0]?.trim();
      if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
    const dbs = (await indexedDB.databases?.()) ?? [];
    await Promise.all(
      dbs.map(
        (db) =>
          db.name &&
          new Promise((r) => {
            const req = indexedDB.deleteDatabase(db.name!);
            req.onsuccess = req.onerror = req.onblocked = r;
          }),
      ),
    );
    if ('caches' in window) for (const key of await caches.keys()) await caches.delete(key);
    location.reload();
  };

  const activity = () => {
    lastActivity = Date.now();
    inUse = true;
  };
  for (const type of ['pointerdown', 'keydown', 'touchstart'])
    window.addEventListener(type, activity, { capture: true });

  setInterval(() => {
    const idle = Date.now() - lastActivity;
    const warnAt = options.idleTimeoutMs - options.idleWarningMs;
    if (idle < warnAt) {
      if (warning) emit({ type: 'idle-cancelled' });
      warning = false;
      return;
    }
    if (!inUse) return;
    if (idle >= options.idleTimeoutMs) {
      inUse = false;
      warning = false;
      void wipeAndReload('idle');
      return;
    }
    warning = true;
    emit({
      type: 'idle-warning',
      secondsLeft: Math.max(1, Math.ceil((options.idleTimeoutMs - idle) / 1000)),
    });
  }, 200);

  const probe: ShimProbe = { printed: 0, emit };
  const api: KioskApi = {
    deviceInfo: async () => options.device,
    print: async () => {
      probe.printed += 1;
      return { ok: true };
    },
    reset: async (reason) => {
      await wipeAndReload(reason);
    },
    closeExternal: async () => emit({ type: 'external-closed' }),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  Object.defineProperty(window, 'kiosk', { value: Object.freeze(api), writable: false });
  Object.defineProperty(window, '__kioskShim', { value: probe });
}
