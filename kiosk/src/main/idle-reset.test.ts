import { describe, expect, it } from 'vitest';
import { createExternalViews, type ViewLike } from './external-view.ts';
import { createIdleMonitor } from './idle-monitor.ts';
import { createMemoryLogger } from './logger.ts';
import { ALL_STORAGES, createPrivacyReset } from './privacy-reset.ts';
import { FakeSession, FakeTimers, FakeWebContents } from './testing/fake-electron.ts';

function monitor(timeoutSeconds = 120, warningSeconds = 20) {
  const timers = new FakeTimers();
  // Nobody has touched the kiosk for a long time when it starts.
  let idle = 10_000;
  const log: string[] = [];
  const m = createIdleMonitor({
    timeoutSeconds,
    warningSeconds,
    getIdleSeconds: () => idle,
    onWarning: (s) => log.push(`warn ${s}`),
    onCancel: () => log.push('cancel'),
    onIdle: () => log.push('idle'),
    timers,
  });
  m.start();
  timers.advance(1000);
  /** Seconds pass with nobody touching the screen. */
  const wait = (seconds: number) => {
    for (let i = 0; i < seconds; i++) {
      idle += 1;
      timers.advance(1000);
    }
  };
  const touch = () => {
    idle = 0;
  };
  return { m, log, wait, touch, timers };
}

describe('idle monitor', () => {
  it('shows a countdown, then resets once', () => {
    const { log, wait, touch } = monitor(60, 10);
    touch();
    wait(49);
    expect(log).toEqual([]);
    wait(3);
    expect(log).toEqual(['warn 10', 'warn 9', 'warn 8']);
    wait(10);
    expect(log.at(-1)).toBe('idle');
    expect(log.filter((l) => l === 'idle')).toHaveLength(1);
    wait(600);
    expect(log.filter((l) => l === 'idle')).toHaveLength(1);
  });

  it('a touch during the countdown cancels it, and the next visitor is reset again', () => {
    const { log, wait, touch } = monitor(60, 10);
    touch();
    wait(55);
    touch();
    wait(1);
    expect(log.slice(-2)).toEqual(['warn 5', 'cancel']);
    wait(60);
    expect(log.at(-1)).toBe('idle');
    touch();
    wait(61);
    expect(log.filter((l) => l === 'idle')).toHaveLength(2);
  });

  it('does not wipe a kiosk nobody has used since it started', () => {
    const { log, wait } = monitor(60, 10);
    wait(500);
    expect(log).toEqual([]);
  });

  it('stops polling when stopped', () => {
    const { m, timers } = monitor();
    m.stop();
    expect(timers.pendingCount()).toBe(0);
  });
});

describe('privacy reset', () => {
  function setup() {
    const app = new FakeSession();
    const external = new FakeSession();
    const screens = new FakeWebContents();
    const order: string[] = [];
    const externalContents = new FakeWebContents('https://usl.sofia.bg/');
    const views = createExternalViews({
      createView: (): ViewLike => ({ webContents: externalContents, setBounds: () => undefined }),
      attach: () => order.push('attach'),
      detach: () => order.push('detach'),
      contentSize: () => ({ width: 1080, height: 1920 }),
      notifyScreens: (e) => order.push(e.type),
      rules: { appOrigin: 'app://kiosk', serverOrigin: 'https://hub', eServiceHosts: ['usl.sofia.bg'] },
      logger: createMemoryLogger(),
    });
    const logger = createMemoryLogger();
    const reset = createPrivacyReset({
      sessions: () => [app, external],
      closeExternalViews: () => views.close(),
      notifyScreens: (reason) => order.push(`notify ${reason}`),
      reloadScreens: () => {
        order.push('reload');
        screens.reloadIgnoringCache();
      },
      now: () => new Date('2026-01-01T10:00:00Z'),
      logger,
    });
    return { app, external, screens, views, externalContents, order, reset, logger };
  }

  it('clears every storage type, caches and auth in both sessions', async () => {
    const { app, external, reset } = setup();
    await reset.reset('idle');
    for (const s of [app, external]) {
      expect(s.calls.map((c) => c.method)).toEqual([
        'clearStorageData',
        'clearCache',
        'clearAuthCache',
        'clearHostResolverCache',
      ]);
      const options = s.calls[0]!.args[0] as { storages: string[]; origin?: string };
      expect(options.origin).toBeUndefined();
      expect([...options.storages].sort()).toEqual([
        'cachestorage',
        'cookies',
        'filesystem',
        'indexdb',
        'localstorage',
        'serviceworkers',
        'shadercache',
        'websql',
      ]);
    }
    expect(ALL_STORAGES).toHaveLength(8);
  });

  it('closes the e-service view, tells the screens, and reloads them after the wipe', async () => {
    const { views, externalContents, order, reset, screens } = setup();
    views.open('https://usl.sofia.bg/ePortal');
    expect(views.isOpen()).toBe(true);
    await reset.reset('idle');
    expect(views.isOpen()).toBe(false);
    expect(externalContents.calls).toContain('close');
    expect(order).toEqual([
      'attach',
      'external-opened',
      'detach',
      'external-closed',
      'notify idle',
      'reload',
    ]);
    expect(screens.calls).toEqual(['reloadIgnoringCache']);
    expect(reset.lastResetAt()?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
  });

  it('wipes once when two resets race, and still reloads when a wipe fails', async () => {
    const { app, reset, screens, logger } = setup();
    app.failClearStorage = true;
    await Promise.all([reset.reset('idle'), reset.reset('finished')]);
    expect(app.calls.filter((c) => c.method === 'clearStorageData')).toHaveLength(1);
    expect(screens.calls).toEqual(['reloadIgnoringCache']);
    expect(logger.lines.some((l) => l.level === 'error')).toBe(true);
  });
});
