/**
 * Builds only the kiosk screens, with the same esbuild options as scripts/build-apps.ts (which builds every app
 * and fails as a whole when another app is broken). Used by build-electron.ts and the kiosk's browser tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { APPS, appsOutDir, esbuildOptions } from '../../../scripts/build-apps.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const kioskScreensDir = path.join(appsOutDir, 'kiosk');

/** Returns the size of the JavaScript bundle in bytes. */
export async function buildKioskScreens(outdir = kioskScreensDir): Promise<number> {
  const app = APPS.find((a) => a.name === 'kiosk');
  if (!app) throw new Error('no kiosk app in scripts/build-apps.ts');
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  fs.cpSync(path.join(root, app.publicDir), outdir, { recursive: true });
  const result = await esbuild.build(esbuildOptions(app, outdir));
  return Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .reduce((sum, [, o]) => sum + o.bytes, 0);
}
