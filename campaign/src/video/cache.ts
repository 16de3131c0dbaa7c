import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { overrideFile, type Voice } from './voice.ts';
import type { Scene } from './scenes.ts';

/** Bump when the look or the encoding changes, so every video is made again. */
export const RENDER_VERSION = 2;
export const MANIFEST = 'manifest.json';

/** Everything the video depends on: the text of every scene, the voice (and any recorded overrides), the format. */
export function cacheKey(scenes: Scene[], voice: Voice, format: object, overridesDir?: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ RENDER_VERSION, scenes, voice, format }));
  for (const scene of scenes) {
    const recorded = overrideFile(overridesDir, scene.id);
    if (recorded) hash.update(`\n${scene.id}:`).update(fs.readFileSync(recorded));
  }
  return hash.digest('hex');
}

export interface VideoManifest {
  key: string;
  slug: string;
  duration: number;
  width: number;
  height: number;
  scenes: { id: string; start: number; duration: number }[];
  chapters: { step: number; start: string }[];
  files: Record<string, string>;
}

export function readManifest(outDir: string): VideoManifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, MANIFEST), 'utf8')) as VideoManifest;
  } catch {
    return undefined;
  }
}

/** Up to date when the key matches and every listed file is still there. */
export function isFresh(
  manifest: VideoManifest | undefined,
  key: string,
  outDir: string,
): manifest is VideoManifest {
  return (
    !!manifest &&
    manifest.key === key &&
    Object.values(manifest.files).every((f) => fs.existsSync(path.join(outDir, f)))
  );
}
