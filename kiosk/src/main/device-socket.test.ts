import { describe, expect, it } from 'vitest';
import { connectDeviceSocket, type ConnectDevice } from './device-socket.ts';
import { createMemoryLogger } from './logger.ts';

function fakeSocket() {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  const opened: { url: string; token: string }[] = [];
  let disconnected = false;
  const connect: ConnectDevice = (url, options) => {
    opened.push({ url, token: options.auth.deviceToken });
    return {
      on: (event, listener) => handlers.set(event, listener),
      disconnect: () => (disconnected = true),
    };
  };
  return {
    connect,
    opened,
    fire: (e: string, ...a: unknown[]) => handlers.get(e)?.(...a),
    closed: () => disconnected,
  };
}

describe('device socket', () => {
  it('joins the /kiosk namespace with the device token and beats at once when poked', () => {
    const f = fakeSocket();
    let beats = 0;
    const logger = createMemoryLogger();
    const link = connectDeviceSocket({
      serverUrl: 'https://hub.sofia.bg',
      token: 'kd_secret-token-123',
      connect: f.connect,
      onPushed: () => (beats += 1),
      logger,
    });
    expect(f.opened).toEqual([{ url: 'https://hub.sofia.bg/kiosk', token: 'kd_secret-token-123' }]);
    f.fire('kiosk.pushed');
    expect(beats).toBe(1);
    f.fire('connect_error', new Error('unauthorized'));
    f.fire('connect_error', new Error('unauthorized'));
    expect(logger.lines.filter((l) => l.level === 'error')).toHaveLength(1);
    expect(JSON.stringify(logger.lines)).not.toContain('kd_secret');
    link.close();
    expect(f.closed()).toBe(true);
  });

  it('does nothing without a token (pushes then come with heartbeats only)', () => {
    const f = fakeSocket();
    connectDeviceSocket({
      serverUrl: 'https://hub',
      token: undefined,
      connect: f.connect,
      onPushed: () => undefined,
      logger: createMemoryLogger(),
    });
    expect(f.opened).toEqual([]);
  });
});
