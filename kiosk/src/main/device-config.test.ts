import { describe, expect, it } from 'vitest';
import { loadDeviceConfig, parseDeviceConfig } from './device-config.ts';

const valid = {
  deviceId: 'sredets-lobby-1',
  serverUrl: 'https://hub.sofia.bg/',
  district: 'sredets',
  eServiceHosts: ['usl.sofia.bg', '*.egov.bg'],
};

describe('device configuration', () => {
  it('accepts a minimal file and fills the defaults', () => {
    const result = parseDeviceConfig(JSON.stringify(valid));
    expect(result).toEqual({
      ok: true,
      config: {
        ...valid,
        serverUrl: 'https://hub.sofia.bg',
        location: '',
        lang: 'bg',
        idleTimeoutSeconds: 120,
        idleWarningSeconds: 20,
        dailyRestartHour: 4,
        heartbeatSeconds: 60,
      },
    });
  });

  it.each([
    [{ ...valid, serverUrl: 'ftp://hub' }, 'serverUrl: must be an http(s) URL'],
    [{ ...valid, district: 'Sredets' }, 'district: must be lower-case words joined by hyphens'],
    [{ ...valid, lang: 'de' }, 'lang:'],
    [{ ...valid, idleTimeoutSeconds: 5 }, 'idleTimeoutSeconds:'],
    [{ ...valid, idleTimeoutSeconds: 60, idleWarningSeconds: 60 }, 'idleWarningSeconds: must be shorter'],
    [{ ...valid, dailyRestartHour: 24 }, 'dailyRestartHour:'],
    [{ ...valid, eServiceHosts: ['https://egov.bg/path'] }, 'eServiceHosts.0: must be a host name'],
    [{ ...valid, unknownField: 1 }, 'Unrecognized key'],
    [{ serverUrl: 'https://hub' }, 'deviceId:'],
  ])('rejects %j with "%s"', (input, problem) => {
    const result = parseDeviceConfig(JSON.stringify(input));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(problem);
  });

  it('reports unreadable and malformed files', () => {
    const missing = loadDeviceConfig('/nope.json', () => {
      throw new Error('ENOENT');
    });
    expect(missing).toEqual({ ok: false, problems: ['/nope.json: cannot read: ENOENT'] });
    const malformed = loadDeviceConfig('/x.json', () => '{');
    expect(malformed.ok).toBe(false);
  });
});
