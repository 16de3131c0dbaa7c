/** The Content-Security-Policy of the kiosk screens: our own code, talking only to the hub server. */
export function buildCsp(serverOrigin: string): string {
  const server = new URL(serverOrigin);
  const ws = `${server.protocol === 'https:' ? 'wss:' : 'ws:'}//${server.host}`;
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': `'self' data: ${server.origin}`,
    'media-src': `'self' ${server.origin}`,
    'font-src': "'self'",
    'connect-src': `'self' ${server.origin} ${ws}`,
    'frame-src': "'none'",
    'worker-src': "'none'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** Headers for every response of the kiosk screens. */
export function securityHeaders(serverOrigin: string): Record<string, string> {
  return {
    'Content-Security-Policy': buildCsp(serverOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), payment=()',
  };
}
