import type { Express } from 'express';

export interface RouteEntry {
  method: string;
  /** Express path pattern with its mount prefixes, e.g. `/api/helpdesk/canned/:id`. */
  path: string;
}

interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean>; stack?: Layer[] };
  handle?: { stack?: Layer[] };
}

function join(prefix: string, path: string): string {
  const joined = `${prefix}/${path}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

/**
 * Every route of the express app, read from its router stack (express 5 / router 2: layers keep `rawPath`),
 * through mounted routers at any depth. A router mounted without a string path (e.g. a regexp) is walked with
 * the prefix it has so far.
 */
export function listRoutes(app: Express): RouteEntry[] {
  const root = (app as unknown as { router: { stack: Layer[] } }).router;
  const found = new Map<string, RouteEntry>();
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      const raw = typeof layer.rawPath === 'string' ? layer.rawPath : '';
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const p of paths) {
          if (typeof p !== 'string') continue;
          for (const [method, on] of Object.entries(layer.route.methods)) {
            if (!on || method === '_all') continue;
            const entry = { method: method.toUpperCase(), path: join(prefix, p) };
            found.set(`${entry.method} ${entry.path}`, entry);
          }
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, raw && raw !== '/' ? join(prefix, raw) : prefix);
      }
    }
  };
  walk(root.stack, '');
  return [...found.values()].sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** A concrete URL for a pattern: parameters and wildcards become harmless placeholders. */
export function concretePath(pattern: string): string {
  return pattern
    .replace(/\{?\*[A-Za-z_]\w*\}?/g, 'x')
    .replace(/:([A-Za-z_]\w*)/g, (_, name: string) => (name === 'file' ? 'x.css' : 'x-placeholder'))
    .replace(/[{}]/g, '');
}
