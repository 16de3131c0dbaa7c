import { describe, expect, it } from 'vitest';
import { CHANNELS, INVOKE_CHANNELS, type DeviceInfo } from '../shared/kiosk-api.ts';
import { createKioskApi, type IpcRendererLike } from '../preload/create-api.ts';
import { isTrustedSender, registerIpc } from './ipc.ts';
import { createMemoryLogger } from './logger.ts';
import { FakeIpcMain, FakeWebContents, invokeEventFrom } from './testing/fake-electron.ts';

const info: DeviceInfo = {
  deviceId: 'k1',
  serverUrl: 'https://hub',
  district: 'sredets',
  location: '',
  lang: 'bg',
  idleTimeoutSeconds: 120,
  idleWarningSeconds: 20,
  eServiceHosts: [],
  version: '0.1.0',
};

function setup() {
  const ipc = new FakeIpcMain();
  const screens = new FakeWebContents('app://kiosk/index.html');
  const calls: string[] = [];
  registerIpc(
    ipc,
    (event) => isTrustedSender(event, () => screens.id, 'app://kiosk'),
    {
      deviceInfo: () => info,
      print: async () => {
        calls.push('print');
        return { ok: true };
      },
      reset: async (reason) => {
        calls.push(`reset ${reason}`);
      },
      closeExternal: () => {
        calls.push('closeExternal');
      },
    },
    createMemoryLogger(),
  );
  return { ipc, screens, calls };
}

describe('IPC in main', () => {
  it('handles exactly the allow-listed channels', () => {
    expect(setup().ipc.channels().sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('answers the kiosk screens', async () => {
    const { ipc, screens, calls } = setup();
    const from = invokeEventFrom(screens);
    expect(await ipc.invoke(from, CHANNELS.deviceInfo)).toEqual(info);
    expect(await ipc.invoke(from, CHANNELS.print)).toEqual({ ok: true });
    await ipc.invoke(from, CHANNELS.reset, 'finished');
    await ipc.invoke(from, CHANNELS.closeExternal);
    expect(calls).toEqual(['print', 'reset finished', 'closeExternal']);
  });

  it.each([
    [
      'another web contents (an e-service view)',
      () => invokeEventFrom(new FakeWebContents('app://kiosk/index.html')),
    ],
    ['a sub-frame of the kiosk window', (s: FakeWebContents) => invokeEventFrom(s, 'app://kiosk/index.html')],
    [
      'the kiosk window showing another origin',
      () => {
        const other = new FakeWebContents('https://evil.example/');
        return invokeEventFrom(other);
      },
    ],
    ['a destroyed frame', (s: FakeWebContents) => ({ sender: s, senderFrame: null })],
  ])('refuses %s', async (_name, event) => {
    const { ipc, screens, calls } = setup();
    await expect(ipc.invoke(event(screens), CHANNELS.print)).rejects.toThrow('untrusted sender');
    expect(calls).toEqual([]);
  });

  it('refuses the kiosk origin in the right contents only when the URL is really ours', async () => {
    const { ipc, calls } = setup();
    const navigatedAway = new FakeWebContents('https://evil.example/');
    await expect(ipc.invoke(invokeEventFrom(navigatedAway), CHANNELS.reset, 'finished')).rejects.toThrow();
    expect(calls).toEqual([]);
  });

  it.each([
    [CHANNELS.reset, []],
    [CHANNELS.reset, ['idle']],
    [CHANNELS.reset, ['finished', 'extra']],
    [CHANNELS.print, [{ silent: false }]],
    [CHANNELS.deviceInfo, ['token']],
    [CHANNELS.closeExternal, [1]],
  ])('refuses %s with arguments %j', async (channel, args) => {
    const { ipc, screens, calls } = setup();
    await expect(ipc.invoke(invokeEventFrom(screens), channel, ...args)).rejects.toThrow('invalid arguments');
    expect(calls).toEqual([]);
  });
});

describe('the preload API', () => {
  function fakeIpcRenderer() {
    const invoked: { channel: string; args: unknown[] }[] = [];
    const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
    const ipc: IpcRendererLike = {
      invoke: async (channel, ...args) => {
        invoked.push({ channel, args });
        return channel === CHANNELS.deviceInfo ? info : undefined;
      },
      on: (channel, l) => listeners.set(channel, [...(listeners.get(channel) ?? []), l]),
      removeListener: (channel, l) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((x) => x !== l),
        ),
    };
    return { ipc, invoked, listeners };
  }

  it('exposes only named methods, each on its own channel', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const api = createKioskApi(ipc);
    expect(Object.keys(api).sort()).toEqual(['closeExternal', 'deviceInfo', 'onEvent', 'print', 'reset']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(await api.deviceInfo()).toEqual(info);
    await api.print();
    await api.reset('finished');
    await api.closeExternal();
    expect(invoked).toEqual([
      { channel: CHANNELS.deviceInfo, args: [] },
      { channel: CHANNELS.print, args: [] },
      { channel: CHANNELS.reset, args: ['finished'] },
      { channel: CHANNELS.closeExternal, args: [] },
    ]);
  });

  it('passes events on without the IPC event object, and unsubscribes', () => {
    const { ipc, listeners } = fakeIpcRenderer();
    const api = createKioskApi(ipc);
    const received: unknown[][] = [];
    const off = api.onEvent((...args) => received.push(args));
    listeners.get(CHANNELS.event)![0]!({ sender: 'ipcRenderer' }, { type: 'idle-cancelled' });
    expect(received).toEqual([[{ type: 'idle-cancelled' }]]);
    off();
    expect(listeners.get(CHANNELS.event)).toEqual([]);
  });
});
