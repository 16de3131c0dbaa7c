import express, { type Request, type Response } from 'express';
import { ASSET_PREFIX, serveAsset } from './assets.ts';
import type { DirectoryDeps } from './deps.ts';
import { langOfPath } from './paths.ts';
import { pagesRouter, sendNotFound } from './pages-router.ts';

export type { DirectoryDeps, DirectoryEvent, DirectoryMedia, VideoSources } from './deps.ts';

/**
 * The public service directory: server-rendered pages in Bulgarian (at /) and English (at /en), the counted
 * e-service redirect (/go/<slug>) and the directory's stylesheets (under /static/directory/).
 * Mount it at the root; mount `directoryNotFound` after every other route so unknown paths get the 404 page.
 */
export function createDirectoryRouter(deps: DirectoryDeps): express.Router {
  const router = express.Router();
  router.get(`${ASSET_PREFIX}/:file`, serveAsset);
  router.use('/en', pagesRouter('en', deps));
  router.use('/', pagesRouter('bg', deps));
  return router;
}

/** The directory's 404 page, in the language of the path; for GET/HEAD requests that want HTML. */
export function directoryNotFound(req: Request, res: Response, next: (err?: unknown) => void): void {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.accepts('html')) return next();
  sendNotFound(res, langOfPath(req.path));
}
