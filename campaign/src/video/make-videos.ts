import type { KnowledgeBase } from '@hub/knowledge';
import path from 'node:path';
import { lazyBrowser } from '../render/chromium.ts';
import { makeVideo, type MakeVideoOptions, type MakeVideoResult } from './make-video.ts';

export interface MakeVideosOptions extends Omit<
  MakeVideoOptions,
  'service' | 'outDir' | 'overridesDir' | 'browser'
> {
  kb: KnowledgeBase;
  slugs: string[];
  /** Each video goes to <mediaDir>/<slug>/. */
  mediaDir: string;
  /** Recorded narrations are looked up in <voiceDir>/<slug>/. */
  voiceDir?: string;
  /** Called after each video, e.g. to report progress. */
  onVideo?: (slug: string, result: MakeVideoResult, outDir: string) => void;
}

/**
 * Makes (or skips, when up to date) the videos of several guides one after another with one shared browser,
 * launched only if a video needs rendering: what a first start would call for the most used guides.
 */
export async function makeVideos(opts: MakeVideosOptions): Promise<Map<string, MakeVideoResult>> {
  const { kb, slugs, mediaDir, voiceDir, onVideo, ...common } = opts;
  const browser = lazyBrowser();
  const results = new Map<string, MakeVideoResult>();
  try {
    for (const slug of slugs) {
      const service = kb.getService(slug);
      if (!service) throw new Error(`${slug}: no such service`);
      const outDir = path.join(mediaDir, slug);
      const result = await makeVideo({
        ...common,
        service,
        outDir,
        browser: browser.get,
        ...(voiceDir ? { overridesDir: path.join(voiceDir, slug) } : {}),
      });
      results.set(slug, result);
      onVideo?.(slug, result, outDir);
    }
    return results;
  } finally {
    await browser.close();
  }
}
