import type { WebContentsLike } from './electron-types.ts';
import type { Logger } from './logger.ts';
import { classifyUrl, type NavigationRules } from './navigation-policy.ts';

/** Hosts only, so logs never carry the paths or queries a visitor opened. */
function hostOf(raw: string): string {
  try {
    return new URL(raw).host || new URL(raw).protocol;
  } catch {
    return '(invalid)';
  }
}

/**
 * The kiosk screens' window: it never leaves the kiosk's own origin. Links to the hub server or an allowed
 * e-service open in the external view; every other navigation, popup and <webview> is refused.
 */
export function guardAppContents(
  contents: WebContentsLike,
  rules: NavigationRules,
  openExternal: (url: string) => void,
  logger: Logger,
): void {
  contents.on('will-navigate', (event, url) => {
    const verdict = classifyUrl(url, rules);
    if (verdict === 'app') return;
    event.preventDefault();
    if (verdict === 'external') openExternal(url);
    else logger.warn('navigation denied', { host: hostOf(url) });
  });
  contents.on('will-redirect', (event, url) => {
    if (classifyUrl(url, rules) === 'app') return;
    event.preventDefault();
    logger.warn('redirect denied', { host: hostOf(url) });
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (classifyUrl(url, rules) === 'external') openExternal(url);
    else logger.warn('window denied', { host: hostOf(url) });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** An e-service view: it may move between allowed hosts, opens popups in place, and never reaches the kiosk's origin. */
export function guardExternalContents(
  contents: WebContentsLike,
  rules: NavigationRules,
  logger: Logger,
): void {
  const allowOnlyExternal = (event: { preventDefault(): void }, url: string) => {
    if (classifyUrl(url, rules) === 'external') return;
    event.preventDefault();
    logger.warn('external navigation denied', { host: hostOf(url) });
  };
  contents.on('will-navigate', allowOnlyExternal);
  contents.on('will-redirect', allowOnlyExternal);
  contents.setWindowOpenHandler(({ url }) => {
    if (classifyUrl(url, rules) === 'external') void contents.loadURL(url);
    else logger.warn('external window denied', { host: hostOf(url) });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
