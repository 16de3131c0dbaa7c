import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import type { RequestHandler } from 'express';
import type { DirectoryFactory, DirectoryMount } from './app.ts';

const DIRECTORY_ENTRY = new URL('./directory/index.ts', import.meta.url);

/**
 * The public directory router (server/src/directory, written separately), when present.
 * Loaded by path so that the server builds and runs before the directory exists.
 */
export async function loadDirectory(): Promise<DirectoryMount | undefined> {
  if (!fs.existsSync(fileURLToPath(DIRECTORY_ENTRY))) return undefined;
  const mod = (await import(DIRECTORY_ENTRY.href)) as {
    createDirectoryRouter?: DirectoryFactory;
    directoryNotFound?: RequestHandler;
  };
  if (typeof mod.createDirectoryRouter !== 'function') {
    throw new Error('server/src/directory/index.ts must export createDirectoryRouter(deps)');
  }
  return {
    router: mod.createDirectoryRouter,
    ...(mod.directoryNotFound ? { notFound: mod.directoryNotFound } : {}),
  };
}
