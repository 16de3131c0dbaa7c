import fs from 'node:fs';
import path from 'node:path';
import { run } from '../util/run.ts';

/** The synthetic narrator; part of the cache key, so changing it re-renders every video. */
export interface Voice {
  engine: 'espeak-ng';
  voice: string;
  /** Words per minute. */
  speed: number;
}

export const DEFAULT_VOICE: Voice = { engine: 'espeak-ng', voice: 'bg', speed: 150 };

/** A recorded narration replaces the synthetic one: <overridesDir>/<scene id>.wav. */
export function overrideFile(overridesDir: string | undefined, sceneId: string): string | undefined {
  if (!overridesDir) return undefined;
  const file = path.join(overridesDir, `${sceneId}.wav`);
  return fs.existsSync(file) ? file : undefined;
}

/** Writes the scene's narration WAV (a recorded override if present, else espeak-ng) and returns its path. */
export async function narrate(
  text: string,
  sceneId: string,
  opts: { voice: Voice; overridesDir?: string; workDir: string },
): Promise<string> {
  const recorded = overrideFile(opts.overridesDir, sceneId);
  if (recorded) return recorded;
  const out = path.join(opts.workDir, `${sceneId}.wav`);
  // Text goes in on stdin so that quotes and dashes in guides never meet a shell or an option parser.
  await run('espeak-ng', ['-v', opts.voice.voice, '-s', String(opts.voice.speed), '-w', out, '--stdin'], {
    input: text,
  });
  return out;
}
