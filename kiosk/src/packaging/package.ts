/**
 * Packages the kiosk for Linux (AppImage and .deb, fuses flipped) into kiosk/dist/release.
 * Needs a machine where Electron's binary can be downloaded. Usage: npm run kiosk:package
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, Platform } from 'electron-builder';
import { builderConfig } from './builder-config.ts';
import { buildElectron } from './build-electron.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, 'knowledge', 'dist', 'kb.json')))
    throw new Error('knowledge/dist/kb.json is missing: run `npm run build` first');
  const appDir = await buildElectron();
  const electronPkg = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ) as { version: string };
  await build({
    targets: Platform.LINUX.createTarget(),
    config: builderConfig({
      appDir,
      outputDir: path.join(root, 'kiosk', 'dist', 'release'),
      electronVersion: electronPkg.version,
    }),
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`kiosk:package: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
