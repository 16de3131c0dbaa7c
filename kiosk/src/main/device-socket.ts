import { KIOSK_EVENTS, KIOSK_NAMESPACE } from '@hub/contract';
import type { Logger } from './logger.ts';

/** The slice of a socket.io client the device link uses. */
export interface DeviceSocketLike {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  disconnect(): unknown;
}
export type ConnectDevice = (
  url: string,
  options: { auth: { deviceToken: string }; transports: string[] },
) => DeviceSocketLike;

/**
 * Keeps the device in its room on the hub (namespace /kiosk, authenticated by the device token) so that a push
 * from staff arrives in seconds: the server only says "something is waiting" and the kiosk fetches it with a
 * heartbeat at once. Without the socket, pushes still arrive with the next regular heartbeat.
 */
export function connectDeviceSocket(o: {
  serverUrl: string;
  token: string | undefined;
  connect: ConnectDevice;
  onPushed(): void;
  logger: Logger;
}): { close(): void } {
  if (!o.token) return { close: () => undefined };
  const socket = o.connect(`${o.serverUrl}${KIOSK_NAMESPACE}`, {
    auth: { deviceToken: o.token },
    transports: ['websocket'],
  });
  let refused = false;
  socket.on(KIOSK_EVENTS.pushed, () => o.onPushed());
  socket.on('connect_error', (error) => {
    const message = error instanceof Error ? error.message : '';
    if (message === 'unauthorized' && !refused) {
      refused = true;
      o.logger.error('device socket refused: the device token is not valid');
    }
  });
  return { close: () => void socket.disconnect() };
}
