import fs from 'node:fs/promises';
import path from 'node:path';

/** Whether a program is on PATH (or is an executable path), without running it. */
export async function onPath(program: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const candidates = program.includes('/')
    ? [program]
    : (env.PATH ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, program));
  for (const file of candidates) {
    try {
      await fs.access(file, fs.constants.X_OK);
      return true;
    } catch {
      // next
    }
  }
  return false;
}

/** The programs a video needs that this machine lacks (empty = ready). */
export async function missingVideoTools(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const chromium = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', 'chromium'].filter(
    (p): p is string => !!p,
  );
  const found = await Promise.all(['ffmpeg', 'ffprobe', 'espeak-ng'].map((p) => onPath(p, env)));
  const missing = ['ffmpeg', 'ffprobe', 'espeak-ng'].filter((_, i) => !found[i]);
  const hasChromium = (await Promise.all(chromium.map((p) => onPath(p, env)))).some(Boolean);
  return hasChromium ? missing : [...missing, 'chromium'];
}
