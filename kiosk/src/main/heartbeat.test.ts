import { describe, expect, it } from 'vitest';
import { countingErrors, createHeartbeat } from './heartbeat.ts';
import { createMemoryLogger } from './logger.ts';
import { FakeTimers } from './testing/fake-electron.ts';

describe('heartbeat', () => {
  it('posts the device state with its token, and reports unreachable servers once', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    let up = true;
    const logger = createMemoryLogger();
    const results: boolean[] = [];
    const hb = createHeartbeat({
      url: 'https://hub/api/kiosk/heartbeat',
      token: 'device-token-123456',
      intervalMs: 60_000,
      timers: new FakeTimers(),
      logger,
      onResult: (ok) => results.push(ok),
      fetch: (async (url: string, init: RequestInit) => {
        requests.push({ url, init });
        if (!up) throw new TypeError('fetch failed');
        return new Response('{}', { status: 202 });
      }) as typeof fetch,
      payload: () => ({
        deviceId: 'k1',
        version: '0.1.0',
        district: 'sredets',
        location: 'Lobby',
        uptimeSeconds: 5,
        lastResetAt: null,
        errorsSinceLastHeartbeat: 0,
        heartbeatSeconds: 60,
        pushAfter: 0,
      }),
    });
    expect(await hb.beat()).toBe(true);
    expect(requests[0]!.url).toBe('https://hub/api/kiosk/heartbeat');
    expect((requests[0]!.init.headers as Record<string, string>).Authorization).toBe(
      'Bearer device-token-123456',
    );
    expect(JSON.parse(requests[0]!.init.body as string)).toMatchObject({
      deviceId: 'k1',
      district: 'sredets',
    });
    up = false;
    await hb.beat();
    await hb.beat();
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(results).toEqual([true, false, false]);
  });

  it('counts errors between heartbeats', () => {
    const c = countingErrors(createMemoryLogger());
    c.logger.error('a');
    c.logger.warn('b');
    c.logger.error('c');
    expect(c.take()).toBe(2);
    expect(c.take()).toBe(0);
  });
});
