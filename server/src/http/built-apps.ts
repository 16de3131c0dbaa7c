import express, { type RequestHandler } from 'express';

/** Apps whose files other sites embed (the chat widget's script) and so must be loadable cross-origin. */
const EMBEDDABLE = new Set(['widget']);

/**
 * Serves the browser apps built by scripts/build-apps.ts (dist/apps/<name>/) under /apps/<name>/.
 * A missing folder simply falls through, so the server runs before the apps are built.
 */
export function builtApps(dir: string): RequestHandler {
  return express.static(dir, {
    index: 'index.html',
    fallthrough: true,
    maxAge: '1h',
    setHeaders(res, filePath) {
      const app = filePath.slice(dir.length).split(/[\\/]/).find(Boolean);
      if (app && EMBEDDABLE.has(app)) res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    },
  });
}
