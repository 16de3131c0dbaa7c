import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from './logger.ts';
import { guardAppContents, guardExternalContents } from './navigation-guard.ts';
import { classifyUrl, type NavigationRules } from './navigation-policy.ts';
import { FakeWebContents } from './testing/fake-electron.ts';

const rules: NavigationRules = {
  appOrigin: 'app://kiosk',
  serverOrigin: 'https://hub.sofia.bg',
  eServiceHosts: ['usl.sofia.bg', '*.egov.bg'],
};

describe('classifyUrl', () => {
  it.each([
    ['app://kiosk/index.html', 'app'],
    ['app://kiosk/guide?x=1', 'app'],
    ['https://hub.sofia.bg/services/heirs-certificate', 'external'],
    ['https://usl.sofia.bg/ePortal', 'external'],
    ['https://egov.bg/', 'external'],
    ['https://eauth.egov.bg/login', 'external'],
    ['http://usl.sofia.bg/ePortal', 'deny'],
    ['https://usl.sofia.bg:8443/', 'deny'],
    ['https://usl.sofia.bg.evil.com/', 'deny'],
    ['https://evilegov.bg/', 'deny'],
    ['https://user:pw@usl.sofia.bg/', 'deny'],
    ['https://www.google.com/', 'deny'],
    ['app://other/index.html', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['data:text/html,<h1>x</h1>', 'deny'],
    ['chrome://gpu', 'deny'],
    ['devtools://devtools/bundled/inspector.html', 'deny'],
    ['not a url', 'deny'],
  ])('%s → %s', (url, verdict) => {
    expect(classifyUrl(url, rules)).toBe(verdict);
  });
});

describe('the kiosk window', () => {
  const setup = () => {
    const contents = new FakeWebContents();
    const opened: string[] = [];
    guardAppContents(contents, rules, (url) => opened.push(url), createMemoryLogger());
    return { contents, opened };
  };

  it('stays on its own origin and sends allowed links to the external view', () => {
    const { contents, opened } = setup();
    expect(contents.navigate('app://kiosk/index.html#home')).toBe(true);
    expect(contents.navigate('https://usl.sofia.bg/ePortal')).toBe(false);
    expect(contents.navigate('https://www.google.com/')).toBe(false);
    expect(contents.navigate('https://www.google.com/', 'will-redirect')).toBe(false);
    expect(opened).toEqual(['https://usl.sofia.bg/ePortal']);
  });

  it('denies every new window, opening allowed ones in the external view', () => {
    const { contents, opened } = setup();
    expect(contents.openWindow('https://hub.sofia.bg/services/x')).toEqual({ action: 'deny' });
    expect(contents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://kiosk/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://hub.sofia.bg/services/x']);
  });

  it('refuses <webview>', () => {
    expect(setup().contents.attachWebview()).toBe(false);
  });
});

describe('an e-service view', () => {
  it('moves only between allowed hosts and opens popups in place', () => {
    const contents = new FakeWebContents('https://usl.sofia.bg/');
    guardExternalContents(contents, rules, createMemoryLogger());
    expect(contents.navigate('https://eauth.egov.bg/login')).toBe(true);
    expect(contents.navigate('https://eauth.egov.bg/login', 'will-redirect')).toBe(true);
    expect(contents.navigate('https://phish.example/')).toBe(false);
    expect(contents.navigate('app://kiosk/index.html')).toBe(false);
    expect(contents.openWindow('https://usl.sofia.bg/form')).toEqual({ action: 'deny' });
    expect(contents.openWindow('https://ads.example/')).toEqual({ action: 'deny' });
    expect(contents.loaded).toEqual(['https://usl.sofia.bg/form']);
    expect(contents.attachWebview()).toBe(false);
  });
});
