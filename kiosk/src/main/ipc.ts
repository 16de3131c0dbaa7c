import { z } from 'zod';
import { CHANNELS, type DeviceInfo, type InvokeChannel, type PrintResult } from '../shared/kiosk-api.ts';
import type { InvokeEventLike, IpcMainLike } from './electron-types.ts';
import type { Logger } from './logger.ts';
import { originOf } from './navigation-policy.ts';

export interface KioskHandlers {
  deviceInfo(): DeviceInfo;
  print(): Promise<PrintResult>;
  reset(reason: 'finished'): Promise<void>;
  closeExternal(): void;
}

/** The arguments each channel accepts; anything else is refused. */
export const IPC_ARGUMENTS = {
  [CHANNELS.deviceInfo]: z.tuple([]),
  [CHANNELS.print]: z.tuple([]),
  [CHANNELS.reset]: z.tuple([z.literal('finished')]),
  [CHANNELS.closeExternal]: z.tuple([]),
} satisfies Record<InvokeChannel, z.ZodType>;

/** Only the top frame of the kiosk window, showing the kiosk's own origin, may call main. */
export function isTrustedSender(
  event: InvokeEventLike,
  appContentsId: () => number | null,
  appOrigin: string,
): boolean {
  const frame = event.senderFrame;
  if (!frame || event.sender.id !== appContentsId()) return false;
  if (frame !== event.sender.mainFrame) return false;
  try {
    return originOf(new URL(frame.url)) === appOrigin;
  } catch {
    return false;
  }
}

export class IpcRefused extends Error {}

export function registerIpc(
  ipcMain: IpcMainLike,
  trusted: (event: InvokeEventLike) => boolean,
  handlers: KioskHandlers,
  logger: Logger,
): void {
  const handle = <C extends InvokeChannel>(
    channel: C,
    run: (args: z.infer<(typeof IPC_ARGUMENTS)[C]>) => unknown,
  ) => {
    ipcMain.handle(channel, (event, ...args) => {
      if (!trusted(event)) {
        logger.warn('ipc refused: untrusted sender', { channel });
        throw new IpcRefused('untrusted sender');
      }
      const parsed = IPC_ARGUMENTS[channel].safeParse(args);
      if (!parsed.success) {
        logger.warn('ipc refused: invalid arguments', { channel });
        throw new IpcRefused('invalid arguments');
      }
      return run(parsed.data as z.infer<(typeof IPC_ARGUMENTS)[C]>);
    });
  };
  handle(CHANNELS.deviceInfo, () => handlers.deviceInfo());
  handle(CHANNELS.print, () => handlers.print());
  handle(CHANNELS.reset, ([reason]) => handlers.reset(reason));
  handle(CHANNELS.closeExternal, () => handlers.closeExternal());
}
