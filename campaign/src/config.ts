import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (campaign/src/config.ts → ../..). */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The server's data folder (DATA_DIR, default ./data at the repository root), so both use the same files. */
export const DATA_ROOT = process.env.DATA_DIR
  ? path.resolve(process.env.DATA_DIR)
  : path.join(REPO_ROOT, 'data');
/** Generated media is gitignored (data/) and served by the server at /media/<slug>/…. */
export const MEDIA_DIR = path.join(DATA_ROOT, 'media');
/** Posters and their `.link.json` short links; the server reads the links from here too. */
export const POSTER_DIR = path.join(DATA_ROOT, 'campaign', 'posters');
/** Recorded narrations: data/voice/<slug>/<scene id>.wav replace the synthetic voice. */
export const VOICE_DIR = path.join(DATA_ROOT, 'voice');

/** Same variable and default as the server, so QR codes point where the server answers. */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return env.PUBLIC_ORIGIN ? new URL(env.PUBLIC_ORIGIN).origin : `http://localhost:${env.PORT ?? 3000}`;
}
