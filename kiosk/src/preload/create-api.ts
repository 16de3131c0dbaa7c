import {
  CHANNELS,
  INVOKE_CHANNELS,
  type InvokeChannel,
  type KioskApi,
  type KioskEvent,
} from '../shared/kiosk-api.ts';

/** The slice of ipcRenderer the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds the named methods of `window.kiosk`. The page never sees ipcRenderer, channel names or IPC events,
 * and a channel outside the allow-list cannot be reached.
 */
export function createKioskApi(ipc: IpcRendererLike): KioskApi {
  const invoke = (channel: InvokeChannel, ...args: unknown[]) => {
    if (!INVOKE_CHANNELS.includes(channel)) return Promise.reject(new Error('channel not allowed'));
    return ipc.invoke(channel, ...args);
  };
  return Object.freeze({
    deviceInfo: () => invoke(CHANNELS.deviceInfo) as ReturnType<KioskApi['deviceInfo']>,
    print: () => invoke(CHANNELS.print) as ReturnType<KioskApi['print']>,
    reset: (reason: 'finished') => invoke(CHANNELS.reset, reason).then(() => undefined),
    closeExternal: () => invoke(CHANNELS.closeExternal).then(() => undefined),
    onEvent: (listener: (event: KioskEvent) => void) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload as KioskEvent);
      ipc.on(CHANNELS.event, wrapped);
      return () => {
        ipc.removeListener(CHANNELS.event, wrapped);
      };
    },
  });
}
