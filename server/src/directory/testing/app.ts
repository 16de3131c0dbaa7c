import express from 'express';
import type { DirectoryDeps } from '../deps.ts';
import { createDirectoryRouter, directoryNotFound } from '../index.ts';

/** An express app with only the directory mounted, the way the server mounts it (used by route and browser tests). */
export function directoryTestApp(deps: DirectoryDeps): express.Express {
  const app = express();
  app.use(createDirectoryRouter(deps));
  app.use(directoryNotFound);
  return app;
}
