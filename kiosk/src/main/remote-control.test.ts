import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../shared/kiosk-api.ts';
import { parseDeviceConfig, type DeviceConfig } from './device-config.ts';
import { createMemoryLogger } from './logger.ts';
import { createRemoteControl } from './remote-control.ts';

function setup() {
  const parsed = parseDeviceConfig(
    JSON.stringify({
      deviceId: 'k1',
      serverUrl: 'https://hub.sofia.bg',
      district: 'sredets',
      deviceToken: 'x'.repeat(20),
    }),
  );
  if (!parsed.ok) throw new Error('fixture');
  let config: DeviceConfig = parsed.config;
  const events: KioskEvent[] = [];
  const logger = createMemoryLogger();
  const remote = createRemoteControl({
    config: () => config,
    apply: (next) => {
      config = next;
    },
    notifyScreens: (e) => events.push(e),
    logger,
  });
  return { remote, events, logger, config: () => config };
}
const answer = (pushes: unknown[]) => ({ ok: true, serverTime: '2026-11-28T09:00:00.000Z', pushes });
const expiresAt = '2026-11-28T10:00:00.000Z';

describe('remote control (pushed messages and settings)', () => {
  it('shows a notice once and applies a settings change validated like the provisioned file', () => {
    const { remote, events, config } = setup();
    const items = [
      { seq: 3, kind: 'notice', text: 'Office closes at 16:00', expiresAt },
      { seq: 4, kind: 'config', config: { lang: 'en', idleTimeoutSeconds: 90 }, expiresAt },
    ];
    remote.handleAnswer(answer(items));
    remote.handleAnswer(answer(items)); // the same answer again (a retry): applied once
    expect(events).toEqual([{ type: 'notice', seq: 3, text: 'Office closes at 16:00', expiresAt }]);
    expect(config()).toMatchObject({ lang: 'en', idleTimeoutSeconds: 90, deviceId: 'k1' });
    expect(remote.pushAfter()).toBe(4);
  });

  it('refuses a change that breaks the device rules and anything malformed', () => {
    const { remote, events, logger, config } = setup();
    // Warning must stay shorter than the timeout: 30 s timeout with the default 20 s warning is fine, 60 s is not.
    remote.handleAnswer(
      answer([
        { seq: 1, kind: 'config', config: { idleWarningSeconds: 120, idleTimeoutSeconds: 60 }, expiresAt },
      ]),
    );
    expect(config().idleTimeoutSeconds).toBe(120);
    expect(logger.lines.map((l) => l.message)).toContain('pushed configuration refused');
    for (const hostile of [
      null,
      'x',
      { ok: true, pushes: [{ seq: 2, kind: 'config', config: { deviceToken: 'steal' } }] },
    ])
      remote.handleAnswer(hostile);
    remote.handleAnswer(
      answer([{ seq: 5, kind: 'config', config: { serverUrl: 'https://evil.example' }, expiresAt }]),
    );
    expect(config().serverUrl).toBe('https://hub.sofia.bg');
    expect(events).toEqual([]);
  });
});
