import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (campaign/src/config.ts → ../..). */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Generated media is gitignored (data/) and served by the server at /media/<slug>/…. */
export const MEDIA_DIR = path.join(REPO_ROOT, 'data', 'media');
export const POSTER_DIR = path.join(REPO_ROOT, 'data', 'campaign', 'posters');
/** Recorded narrations: data/voice/<slug>/<scene id>.wav replace the synthetic voice. */
export const VOICE_DIR = path.join(REPO_ROOT, 'data', 'voice');

/** Same variable and default as the server, so QR codes point where the server answers. */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return env.PUBLIC_ORIGIN ? new URL(env.PUBLIC_ORIGIN).origin : `http://localhost:${env.PORT ?? 3000}`;
}
