import { io } from 'socket.io-client';
import type { DeviceConfig } from '../../../kiosk/src/main/device-config.ts';
import { connectDeviceSocket, type ConnectDevice } from '../../../kiosk/src/main/device-socket.ts';
import { createHeartbeat } from '../../../kiosk/src/main/heartbeat.ts';
import { createRemoteControl } from '../../../kiosk/src/main/remote-control.ts';
import type { DeviceInfo, KioskApi, KioskEvent } from '../../../kiosk/src/shared/kiosk-api.ts';

export interface ShimOptions {
  device: DeviceInfo;
  /** Idle timing for the test, in milliseconds (the device's are in seconds and at least 30 s). */
  idleTimeoutMs: number;
  idleWarningMs: number;
  /** When set, the shim runs main's heartbeat, device socket and remote control against the hub, as main does. */
  deviceToken?: string;
}

/** What a test can see of the shim: window.__kioskShim. */
export interface ShimProbe {
  printed: number;
  emit(event: KioskEvent): void;
  /** Sends a heartbeat now (with a device token); resolves to whether the hub accepted it. */
  beat(): Promise<boolean>;
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

  const device = linkToHub(options, emit);
  const probe: ShimProbe = { printed: 0, emit, beat: device.beat };
  const api: KioskApi = {
    deviceInfo: async () => device.info(),
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

/** main.ts's heartbeat + device socket + remote control, wired the same way over the browser's fetch and timers. */
function linkToHub(options: ShimOptions, emit: (event: KioskEvent) => void) {
  const d = options.device;
  let config: DeviceConfig = {
    deviceId: d.deviceId,
    serverUrl: d.serverUrl,
    district: d.district,
    location: d.location,
    lang: d.lang,
    idleTimeoutSeconds: d.idleTimeoutSeconds,
    idleWarningSeconds: d.idleWarningSeconds,
    dailyRestartHour: 4,
    eServiceHosts: d.eServiceHosts,
    heartbeatSeconds: 600,
    ...(options.deviceToken ? { deviceToken: options.deviceToken } : {}),
  };
  // Main's log lines appear in the browser console (tests print them when something fails).
  const log = (level: string) => (message: string, fields?: object) =>
    // eslint-disable-next-line no-console -- the browser console is where a test reads main's log
    console.info(`[kiosk main] ${level} ${message} ${fields ? JSON.stringify(fields) : ''}`);
  const logger = { info: log('info'), warn: log('warn'), error: log('error') };
  const info = (): DeviceInfo => ({
    ...d,
    lang: config.lang,
    idleTimeoutSeconds: config.idleTimeoutSeconds,
    idleWarningSeconds: config.idleWarningSeconds,
    notices: remote.notices(),
  });
  const remote = createRemoteControl({
    config: () => config,
    apply: (next) => {
      config = next;
      emit({ type: 'config', device: info() });
    },
    notifyScreens: emit,
    logger,
  });
  if (!options.deviceToken) return { info, beat: async () => false };
  const heartbeat = createHeartbeat({
    url: `${d.serverUrl}/api/kiosk/heartbeat`,
    token: options.deviceToken,
    intervalMs: config.heartbeatSeconds * 1000,
    fetch: (input, init) => fetch(input, init),
    timers: {
      now: () => Date.now(),
      setInterval: (fn, ms) => setInterval(fn, ms),
      clearInterval: (h) => clearInterval(h as number),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as number),
    },
    logger,
    onAnswer: (body) => remote.handleAnswer(body),
    payload: () => ({
      deviceId: config.deviceId,
      version: d.version,
      district: config.district,
      location: config.location,
      uptimeSeconds: 1,
      lastResetAt: null,
      errorsSinceLastHeartbeat: 0,
      heartbeatSeconds: config.heartbeatSeconds,
      pushAfter: remote.pushAfter(),
    }),
  });
  heartbeat.start();
  connectDeviceSocket({
    serverUrl: d.serverUrl,
    token: options.deviceToken,
    connect: io as unknown as ConnectDevice,
    onPushed: () => void heartbeat.beat(),
    logger,
  });
  return { info, beat: heartbeat.beat };
}
