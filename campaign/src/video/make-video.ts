import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ServiceRecord } from '@hub/knowledge';
import { withBrowser, type BrowserSource } from '../render/chromium.ts';
import { cacheKey, isFresh, MANIFEST, readManifest, type VideoManifest } from './cache.ts';
import { encodeVideo } from './encode.ts';
import { mediaDuration } from './probe.ts';
import { renderScenes } from './render-scenes.ts';
import { buildScenes } from './scenes.ts';
import { buildTimeline, totalDuration } from './timeline.ts';
import { DEFAULT_VOICE, narrate, type Voice } from './voice.ts';
import { captionsVtt, chapterStamp, chaptersVtt } from './webvtt-writer.ts';

export interface MakeVideoOptions {
  service: ServiceRecord;
  outDir: string;
  publicOrigin: string;
  /** Output frame size; scenes are always rendered at 1920 × 1080 and scaled. */
  width?: number;
  height?: number;
  fps?: number;
  voice?: Voice;
  /** Folder of recorded narrations (<scene id>.wav) that replace the synthetic voice. */
  overridesDir?: string;
  /** Make the video even when the cache says it is up to date. */
  force?: boolean;
  browser?: BrowserSource;
}

export interface MakeVideoResult {
  status: 'created' | 'skipped';
  manifest: VideoManifest;
}

/** Turns a guide into a narrated MP4 + WebM with captions, chapters and a poster; skips unchanged guides. */
export async function makeVideo(opts: MakeVideoOptions): Promise<MakeVideoResult> {
  const { service, outDir } = opts;
  const width = opts.width ?? 1920;
  const height = opts.height ?? 1080;
  const fps = opts.fps ?? 25;
  const voice = opts.voice ?? DEFAULT_VOICE;
  const scenes = buildScenes(service, { publicOrigin: opts.publicOrigin });
  const key = cacheKey(scenes, voice, { width, height, fps }, opts.overridesDir);
  const previous = readManifest(outDir);
  if (!opts.force && isFresh(previous, key, outDir)) return { status: 'skipped', manifest: previous };

  await fs.mkdir(outDir, { recursive: true });
  const work = await fs.mkdtemp(path.join(os.tmpdir(), `campaign-${service.slug}-`));
  try {
    const narrations = await Promise.all(
      scenes.map((s) =>
        narrate(s.narration.bg, s.id, { voice, overridesDir: opts.overridesDir, workDir: work }),
      ),
    );
    const [images, seconds] = await Promise.all([
      withBrowser(opts.browser, (browser) => renderScenes(browser, scenes, 'bg', work)),
      Promise.all(narrations.map(mediaDuration)),
    ]);
    const timeline = buildTimeline(seconds, fps);
    const slug = service.slug;
    const files = {
      mp4: `${slug}.mp4`,
      webm: `${slug}.webm`,
      poster: 'poster.png',
      captionsBg: 'captions.bg.vtt',
      captionsEn: 'captions.en.vtt',
      chaptersBg: 'chapters.bg.vtt',
      chaptersEn: 'chapters.en.vtt',
    };
    const out = (name: string) => path.join(outDir, name);
    await encodeVideo({
      images,
      narrations,
      timeline,
      width,
      height,
      fps,
      mp4: out(files.mp4),
      webm: out(files.webm),
    });
    await Promise.all([
      fs.copyFile(images[0] as string, out(files.poster)),
      fs.writeFile(
        out(files.captionsBg),
        captionsVtt(
          timeline,
          scenes.map((s) => s.narration.bg),
        ),
      ),
      fs.writeFile(
        out(files.captionsEn),
        captionsVtt(
          timeline,
          scenes.map((s) => s.narration.en),
        ),
      ),
      fs.writeFile(
        out(files.chaptersBg),
        chaptersVtt(
          timeline,
          scenes.map((s) => s.chapter.bg),
        ),
      ),
      fs.writeFile(
        out(files.chaptersEn),
        chaptersVtt(
          timeline,
          scenes.map((s) => s.chapter.en),
        ),
      ),
    ]);
    const manifest: VideoManifest = {
      key,
      slug,
      duration: Math.round(totalDuration(timeline) * 1000) / 1000,
      width,
      height,
      scenes: scenes.map((s, i) => ({
        id: s.id,
        start: timeline[i]?.start ?? 0,
        duration: timeline[i]?.duration ?? 0,
      })),
      // The guide's video.chapters: one per step (intro and closing are only in the WebVTT chapters).
      chapters: scenes.flatMap((s, i) =>
        s.step ? [{ step: s.step, start: chapterStamp(timeline[i]?.start ?? 0) }] : [],
      ),
      files,
    };
    // The manifest is written last: an interrupted run leaves no manifest and is redone next time.
    await fs.writeFile(out(MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return { status: 'created', manifest };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
