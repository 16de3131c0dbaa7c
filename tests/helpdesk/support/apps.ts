import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** dist/apps with the help desk built (builds the apps once if they are missing). */
export function builtAppsDir(): string {
  const dir = path.join(root, 'dist', 'apps');
  if (!fs.existsSync(path.join(dir, 'helpdesk', 'helpdesk.js'))) {
    execFileSync('npx', ['tsx', 'scripts/build-apps.ts'], { cwd: root, stdio: 'ignore' });
  }
  return dir;
}
