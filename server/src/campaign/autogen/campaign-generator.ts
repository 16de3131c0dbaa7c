import path from 'node:path';
import type { KnowledgeBase } from '@hub/knowledge';
import type { OgGenerator } from '../og/og-cards.ts';
import type { VideoGenerator } from './job.ts';

/** Lowest CPU priority for ffmpeg, ffprobe and espeak-ng: the hub answers citizens first. */
const NICE = 19;

type Campaign = typeof import('@hub/campaign');
/** The campaign kit pulls in Playwright: loaded on first use, never at server start. */
const loadCampaign = (() => {
  let mod: Promise<Campaign> | undefined;
  return () => (mod ??= import('@hub/campaign'));
})();

/** Videos made with the campaign kit into <mediaDir>/<slug>/, sharing one browser launched on first need. */
export function campaignVideoGenerator(
  kb: KnowledgeBase,
  mediaDir: string,
  publicOrigin: string,
): VideoGenerator {
  let browser:
    { get: () => Promise<import('playwright-core').Browser>; close: () => Promise<void> } | undefined;
  return {
    async make(slug, signal) {
      const campaign = await loadCampaign();
      const service = kb.getService(slug);
      if (!service) throw new Error(`${slug}: no such service`);
      browser ??= campaign.lazyBrowser();
      const source = browser.get;
      await campaign.withRunPolicy({ nice: NICE, signal }, () =>
        campaign.makeVideo({ service, outDir: path.join(mediaDir, slug), publicOrigin, browser: source }),
      );
    },
    async close() {
      await browser?.close();
      browser = undefined;
    },
  };
}

/** A browser for social cards is closed after this long without a request. */
const OG_IDLE_MS = 60_000;

/** Social cards (og.bg.png, og.en.png) with the campaign kit; the browser stays up briefly for the next card. */
export function campaignOgGenerator(kb: KnowledgeBase): OgGenerator {
  let browser: ReturnType<Campaign['lazyBrowser']> | undefined;
  let idle: NodeJS.Timeout | undefined;
  const close = () => {
    const open = browser;
    browser = undefined;
    return open?.close().catch(() => undefined);
  };
  return async (slug, outDir) => {
    clearTimeout(idle);
    const campaign = await loadCampaign();
    browser ??= campaign.lazyBrowser();
    try {
      await campaign.makeOgImages({ kb, target: slug, outDir, browser: await browser.get() });
    } catch (error) {
      await close(); // a crashed browser is launched afresh next time
      throw error;
    } finally {
      idle = setTimeout(() => void close(), OG_IDLE_MS);
      idle.unref();
    }
  };
}
