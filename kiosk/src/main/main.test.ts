/**
 * The composition root, run against a fake `electron` module (the real binary cannot be installed here): it must
 * wire every policy to the right Electron objects and load the screens from app://kiosk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, INVOKE_CHANNELS } from '../shared/kiosk-api.ts';
import { FakeIpcMain, FakeSession, FakeWebContents, invokeEventFrom } from './testing/fake-electron.ts';

const h = vi.hoisted(() => ({
  schemes: [] as unknown[],
  handlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
  windows: [] as { options: Record<string, unknown>; webContents: unknown }[],
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  ready: null as null | (() => void),
  exits: [] as number[],
  fetches: [] as string[],
}));

vi.mock('electron', async () => {
  const fake = await import('./testing/fake-electron.ts');
  const ipcMain = new fake.FakeIpcMain();
  const sessions = { default: new fake.FakeSession(), external: new fake.FakeSession() };
  class BrowserWindow {
    webContents = Object.assign(new fake.FakeWebContents('app://kiosk/index.html'), {
      navigationHistory: { clear: () => undefined },
    });
    contentView = { addChildView: () => undefined, removeChildView: () => undefined };
    constructor(public options: Record<string, unknown>) {
      h.windows.push(this);
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    show() {}
    getContentSize() {
      return [1080, 1920];
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: (...args: unknown[]) => void) => h.appEvents.set(event, listener),
      whenReady: () => new Promise<void>((resolve) => (h.ready = resolve)),
      exit: (code: number) => h.exits.push(code),
      relaunch: () => undefined,
      quit: () => undefined,
      getVersion: () => '0.1.0',
      getPath: () => os.tmpdir(),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => h.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) =>
        h.handlers.set(scheme, handler),
    },
    session: {
      defaultSession: sessions.default,
      fromPartition: (name: string) => (name === 'external' ? sessions.external : new fake.FakeSession()),
    },
    ipcMain,
    powerMonitor: { getSystemIdleTime: () => 0 },
    net: {
      fetch: async (url: string) => {
        h.fetches.push(url);
        return new Response('{}', { status: 202 });
      },
    },
    BrowserWindow,
    WebContentsView: class {},
    __test: { ipcMain, sessions },
  };
});

describe('main.ts wiring', () => {
  let dir: string;
  let electron: {
    __test: { ipcMain: FakeIpcMain; sessions: { default: FakeSession; external: FakeSession } };
  };

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'clearInterval', 'clearTimeout'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-main-'));
    const config = path.join(dir, 'device.json');
    fs.writeFileSync(
      config,
      JSON.stringify({ deviceId: 'k1', serverUrl: 'https://hub.sofia.bg', district: 'sredets' }),
    );
    vi.stubEnv('KIOSK_CONFIG', config);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    electron = (await import('electron')) as unknown as typeof electron;
    await import('./main.ts');
    h.ready?.();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    await vi.waitFor(() => expect((h.windows[0]!.webContents as FakeWebContents).loaded).toHaveLength(1));
  });

  afterAll(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('registers app:// as a standard, secure scheme before the app is ready', () => {
    expect(h.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('opens a locked-down kiosk window on app://kiosk', () => {
    const { options, webContents } = h.windows[0]!;
    expect(options).toMatchObject({
      kiosk: true,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(String((options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect((webContents as FakeWebContents).loaded).toEqual(['app://kiosk/index.html']);
    expect((webContents as FakeWebContents).navigate('https://evil.example/')).toBe(false);
  });

  it('serves the screens with the CSP for the configured server', async () => {
    const res = await h.handlers.get('app')!({ url: 'app://kiosk/../../etc/passwd', method: 'GET' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self' https://hub.sofia.bg");
  });

  it('answers IPC only from the kiosk window, and refuses permissions', async () => {
    const ipc = electron.__test.ipcMain;
    expect(ipc.channels().sort()).toEqual([...INVOKE_CHANNELS].sort());
    const screens = h.windows[0]!.webContents as FakeWebContents;
    expect(await ipc.invoke(invokeEventFrom(screens), CHANNELS.deviceInfo)).toMatchObject({
      deviceId: 'k1',
      serverUrl: 'https://hub.sofia.bg',
      district: 'sredets',
      version: '0.1.0',
    });
    expect(await ipc.invoke(invokeEventFrom(screens), CHANNELS.deviceInfo)).not.toHaveProperty('deviceToken');
    await expect(ipc.invoke(invokeEventFrom(new FakeWebContents()), CHANNELS.print)).rejects.toThrow();
    for (const s of [electron.__test.sessions.default, electron.__test.sessions.external])
      expect(await s.request('geolocation', 'app://kiosk/index.html')).toBe(false);
  });

  it('wipes both sessions when the visitor is done', async () => {
    const ipc = electron.__test.ipcMain;
    const screens = h.windows[0]!.webContents as FakeWebContents;
    await ipc.invoke(invokeEventFrom(screens), CHANNELS.reset, 'finished');
    for (const s of [electron.__test.sessions.default, electron.__test.sessions.external])
      expect(s.calls.map((c) => c.method)).toContain('clearStorageData');
    expect(screens.loaded.at(-1)).toBe('app://kiosk/index.html');
  });

  it('sends heartbeats to the hub and refreshes the offline snapshot', () => {
    expect(h.fetches).toContain('https://hub.sofia.bg/api/kiosk/heartbeat');
    expect(h.fetches).toContain('https://hub.sofia.bg/api/kiosk/snapshot');
    expect(h.exits).toEqual([]);
  });
});
