import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWebVtt } from '../../knowledge/src/validate/webvtt.ts';
import { launchChromium } from '../../campaign/src/render/chromium.ts';
import { makeService } from '../../campaign/src/testing/service-factory.ts';
import { makeVideo, type MakeVideoOptions } from '../../campaign/src/video/make-video.ts';
import { mediaDuration, mediaStreams } from '../../campaign/src/video/probe.ts';
import { LEAD_IN, TAIL } from '../../campaign/src/video/timeline.ts';
import { readPng } from './support/png.ts';
import { tempDir } from './support/tools.ts';

let browser: Browser;
const root = tempDir('video');
const outDir = path.join(root, 'media', 'test-service');
const overridesDir = path.join(root, 'voice', 'test-service');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Tiny videos: a two-step guide at 640 × 360 and 10 frames a second, so each encode takes a few seconds. */
const options = (service = makeService()): MakeVideoOptions => ({
  service,
  outDir,
  overridesDir,
  publicOrigin: 'https://hub.sofia.bg',
  width: 640,
  height: 360,
  fps: 10,
  browser,
});
const file = (name: string) => path.join(outDir, name);

describe('how-to video from a guide', () => {
  it('encodes a playable MP4 and WebM whose length is the sum of the scenes, with captions and chapters', async () => {
    const { status, manifest } = await makeVideo(options());
    expect(status).toBe('created');
    expect(manifest.scenes.map((s) => s.id)).toEqual(['intro', 'step-1', 'step-2', 'closing']);
    const sum = manifest.scenes.reduce((t, s) => t + s.duration, 0);

    const mp4 = file(manifest.files.mp4 as string);
    expect(Math.abs((await mediaDuration(mp4)) - sum)).toBeLessThanOrEqual(0.5);
    expect(await mediaStreams(mp4)).toEqual([
      expect.objectContaining({
        codec_type: 'video',
        codec_name: 'h264',
        width: 640,
        height: 360,
        pix_fmt: 'yuv420p',
      }),
      expect.objectContaining({ codec_type: 'audio', codec_name: 'aac' }),
    ]);
    // faststart: the index (moov) comes before the media data (mdat), so playback starts before the download ends.
    const head = fs
      .readFileSync(mp4)
      .subarray(0, 64 * 1024)
      .toString('latin1');
    expect(head.indexOf('moov')).toBeGreaterThan(-1);
    expect(head.indexOf('moov')).toBeLessThan(head.indexOf('mdat'));

    const webm = file(manifest.files.webm as string);
    expect(Math.abs((await mediaDuration(webm)) - sum)).toBeLessThanOrEqual(0.5);
    expect((await mediaStreams(webm)).map((s) => s.codec_name)).toEqual(['vp9', 'opus']);

    // Chapters: intro + one per step + closing in WebVTT; the guide's video.chapters lists the steps only.
    for (const lang of ['bg', 'en']) {
      const chapters = parseWebVtt(fs.readFileSync(file(`chapters.${lang}.vtt`), 'utf8'));
      expect(chapters.errors).toEqual([]);
      expect(chapters.cues).toHaveLength(2 + 2);
      expect(chapters.cues.map((c) => c.start)).toEqual(manifest.scenes.map((s) => s.start));
    }
    expect(manifest.chapters).toEqual([
      { step: 1, start: `00:${String(Math.floor(manifest.scenes[1]!.start)).padStart(2, '0')}` },
      { step: 2, start: `00:${String(Math.floor(manifest.scenes[2]!.start)).padStart(2, '0')}` },
    ]);

    for (const lang of ['bg', 'en'] as const) {
      const captions = parseWebVtt(fs.readFileSync(file(`captions.${lang}.vtt`), 'utf8'));
      expect(captions.errors).toEqual([]);
      expect(captions.cues.at(-1)!.end).toBeLessThanOrEqual(sum);
      const step1 = manifest.scenes[1]!;
      const inStep1 = captions.cues.filter(
        (c) => c.start >= step1.start && c.end <= step1.start + step1.duration,
      );
      expect(inStep1.map((c) => c.text).join(' ')).toContain(
        lang === 'bg' ? 'Подайте заявление.' : 'Send the application.',
      );
    }

    const poster = readPng(file('poster.png'));
    expect([poster.width, poster.height]).toEqual([1920, 1080]);
  });

  it('skips an unchanged guide and remakes the video when the guide changes', async () => {
    const before = fs.statSync(file('test-service.mp4')).mtimeMs;
    const first = (await makeVideo(options())).manifest;
    expect((await makeVideo(options())).status).toBe('skipped');
    expect(fs.statSync(file('test-service.mp4')).mtimeMs).toBe(before);

    const changed = makeService({
      stepsBg: [
        {
          title: 'Подайте',
          text: 'Подайте заявление онлайн или на гишето в района, като носите личната си карта.',
        },
        { title: 'Вземете', text: 'Вземете документа.' },
      ],
    });
    const remade = await makeVideo(options(changed));
    expect(remade.status).toBe('created');
    expect(remade.manifest.key).not.toBe(first.key);
    expect(remade.manifest.scenes[1]!.duration).toBeGreaterThan(first.scenes[1]!.duration);
    const captions = fs.readFileSync(file('captions.bg.vtt'), 'utf8');
    expect(captions).toContain('личната си карта');
  });

  it('uses a recorded narration in place of the synthetic voice for that scene', async () => {
    fs.mkdirSync(overridesDir, { recursive: true });
    const recorded = path.join(overridesDir, 'step-2.wav');
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:duration=1',
      recorded,
    ]);
    const { status, manifest } = await makeVideo(options());
    expect(status).toBe('created');
    expect(manifest.scenes[2]!.duration).toBeCloseTo(1 + LEAD_IN + TAIL, 1);
    expect(Math.abs((await mediaDuration(file('test-service.mp4'))) - manifest.duration)).toBeLessThanOrEqual(
      0.5,
    );
  });
});
