/**
 * Stages the Electron app in kiosk/dist/electron: main (ESM), preload (CommonJS, as sandboxed preloads must be),
 * the screens and the offline knowledge snapshot, with a package.json naming the main file.
 * Usage: tsx kiosk/src/packaging/build-electron.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildKioskScreens } from './build-screens.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const stageDir = path.join(root, 'kiosk', 'dist', 'electron');

export async function buildElectron(): Promise<string> {
  fs.rmSync(stageDir, { recursive: true, force: true });
  fs.mkdirSync(stageDir, { recursive: true });
  await buildKioskScreens(path.join(stageDir, 'renderer'));
  const common: esbuild.BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    external: ['electron'],
    legalComments: 'none',
    logLevel: 'warning',
  };
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'kiosk/src/main/main.ts')],
    outfile: path.join(stageDir, 'main.mjs'),
    format: 'esm',
  });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'kiosk/src/preload/preload.ts')],
    outfile: path.join(stageDir, 'preload.cjs'),
    format: 'cjs',
    platform: 'browser',
  });
  fs.copyFileSync(path.join(root, 'knowledge', 'dist', 'kb.json'), path.join(stageDir, 'snapshot.json'));
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'kiosk', 'package.json'), 'utf8')) as {
    version: string;
  };
  fs.writeFileSync(
    path.join(stageDir, 'package.json'),
    JSON.stringify(
      {
        name: 'sofia-kiosk',
        productName: 'Sofia Kiosk',
        version: pkg.version,
        main: 'main.mjs',
        type: 'module',
        description: 'Sofia citizen-assistance lobby kiosk',
        author: 'Sofia Municipality',
      },
      null,
      2,
    ),
  );
  return stageDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron().then(
    (dir) => process.stdout.write(`kiosk staged in ${path.relative(root, dir)}\n`),
    (err: unknown) => {
      process.stderr.write(`build-electron: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
