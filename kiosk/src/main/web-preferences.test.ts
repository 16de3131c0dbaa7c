import { describe, expect, it } from 'vitest';
import { buildCsp, securityHeaders } from './csp.ts';
import { appWebPreferences, externalWebPreferences } from './web-preferences.ts';
import { kioskWindowOptions } from './window-options.ts';

describe('web preferences', () => {
  it.each([
    ['kiosk screens', appWebPreferences('/app/preload.cjs', false)],
    ['e-service view', externalWebPreferences()],
  ])('%s are isolated, sandboxed and without Node', (_name, prefs) => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('gives the preload only to the kiosk screens, and e-services their own session', () => {
    expect(appWebPreferences('/app/preload.cjs', false).preload).toBe('/app/preload.cjs');
    expect(externalWebPreferences().preload).toBeUndefined();
    expect(externalWebPreferences().partition).toBe('external');
    expect(externalWebPreferences().partition?.startsWith('persist:')).toBe(false);
  });

  it('opens a full-screen kiosk window, and a normal one only for developers', () => {
    expect(kioskWindowOptions('/p.cjs', false)).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
    });
    expect(kioskWindowOptions('/p.cjs', true)).toMatchObject({
      kiosk: false,
      webPreferences: { devTools: true },
    });
  });
});

describe('content security policy', () => {
  const csp = buildCsp('https://hub.sofia.bg');
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

  it('allows only our own scripts and styles, and talks only to the hub server', () => {
    expect(directive('default-src')).toBe("default-src 'none'");
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('style-src')).toBe("style-src 'self'");
    expect(directive('connect-src')).toBe("connect-src 'self' https://hub.sofia.bg wss://hub.sofia.bg");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('base-uri')).toBe("base-uri 'none'");
    expect(directive('form-action')).toBe("form-action 'none'");
    expect(csp).not.toMatch(/unsafe-|\*/);
  });

  it('uses ws: for a plain-http hub on the local network, and sends the policy as a header', () => {
    expect(buildCsp('http://10.0.0.5:3000')).toContain('ws://10.0.0.5:3000');
    expect(securityHeaders('https://hub.sofia.bg')['Content-Security-Policy']).toBe(csp);
  });
});
