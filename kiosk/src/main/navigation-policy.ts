import { APP_ORIGIN } from '../shared/kiosk-api.ts';

/** Where a URL may be shown: in the kiosk window itself, in the locked-down external view, or nowhere. */
export type UrlVerdict = 'app' | 'external' | 'deny';

export interface NavigationRules {
  /** Origin of the kiosk screens (app://kiosk). */
  appOrigin: string;
  /** Origin of the hub server. */
  serverOrigin: string;
  /** Host names (or "*.host") of e-services a visitor may open, always over https. */
  eServiceHosts: readonly string[];
}

export function rulesFor(config: { serverUrl: string; eServiceHosts: readonly string[] }): NavigationRules {
  return {
    appOrigin: APP_ORIGIN,
    serverOrigin: new URL(config.serverUrl).origin,
    eServiceHosts: config.eServiceHosts,
  };
}

function hostMatches(host: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === pattern;
}

export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

export function classifyUrl(raw: string, rules: NavigationRules): UrlVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'deny';
  }
  if (url.username || url.password) return 'deny';
  // URL.origin is "null" for custom schemes outside Electron, so compare scheme and host.
  if (originOf(url) === rules.appOrigin) return 'app';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'deny';
  if (originOf(url) === rules.serverOrigin) return 'external';
  if (url.protocol !== 'https:' || url.port) return 'deny';
  const host = url.hostname.toLowerCase();
  return rules.eServiceHosts.some((p) => hostMatches(host, p)) ? 'external' : 'deny';
}
