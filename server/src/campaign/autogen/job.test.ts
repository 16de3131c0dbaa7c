import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { localCluster } from '../../cluster/index.ts';
import { createLogger } from '../../logger.ts';
import { createFakeKnowledgeBase } from '../../testing/fake-kb.ts';
import type { MediaLibrary, VideoEntry } from '../media/library.ts';
import { MEDIA_UPDATED_TOPIC, startMediaAutogen, type AutogenDeps, type VideoGenerator } from './job.ts';
import { IMPORTANT_GUIDES, pickAutogenGuides } from './select.ts';

const kb = createFakeKnowledgeBase();

/** A media folder in memory: `make` puts a video in it. */
function fakeLibrary(existing: string[] = []) {
  const videos = new Set(existing);
  const library: MediaLibrary = {
    dir: '/fake/media',
    video: (slug) => (videos.has(slug) ? ({ slug } as VideoEntry) : undefined),
    refresh: async () => undefined,
  };
  return { library, videos };
}

/** Records the calls and how many ran at once; a call can be held open until released. */
function fakeGenerator(videos: Set<string>, options: { hold?: boolean; fail?: string[] } = {}) {
  const made: string[] = [];
  const signals: AbortSignal[] = [];
  let running = 0;
  let maxRunning = 0;
  let closed = false;
  let started: () => void = () => undefined;
  const firstStarted = new Promise<void>((resolve) => (started = resolve));
  const generator: VideoGenerator = {
    async make(slug, signal) {
      running++;
      maxRunning = Math.max(maxRunning, running);
      signals.push(signal);
      started();
      try {
        if (options.hold)
          await new Promise<void>((_, reject) =>
            signal.addEventListener('abort', () => reject(new Error('killed')), { once: true }),
          );
        if (options.fail?.includes(slug)) throw new Error('ffmpeg failed');
        made.push(slug);
        videos.add(slug);
      } finally {
        running--;
      }
    },
    close: async () => {
      closed = true;
    },
  };
  return { generator, made, signals, firstStarted, stats: () => ({ maxRunning, closed }) };
}

function deps(over: Partial<AutogenDeps> & Pick<AutogenDeps, 'library' | 'generator'>): AutogenDeps {
  return {
    kb,
    topServices: async () => [],
    cluster: localCluster(),
    logger: createLogger('silent'),
    missingTools: async () => [],
    ...over,
  };
}

describe('which guides get a video first', () => {
  it('takes the measured top guides first, then the fixed list, only guides with steps, each once, at most N', () => {
    expect(
      pickAutogenGuides(kb, ['address-registration', 'unknown-guide', 'address-registration'], 2),
    ).toEqual(['address-registration', 'property-tax-payment']);
    // No figures yet: the fixed list of the most important guides, as far as the knowledge base has them.
    expect(pickAutogenGuides(kb, [])).toEqual(
      IMPORTANT_GUIDES.filter((s) => ['property-tax-payment', 'waste-fee-payment'].includes(s)),
    );
  });
});

describe('media autogen job', () => {
  it('makes the missing videos of the top guides one at a time, and tells every node', async () => {
    const { library, videos } = fakeLibrary(['waste-fee-payment']);
    const gen = fakeGenerator(videos);
    const cluster = localCluster();
    const published: unknown[] = [];
    cluster.bus.subscribe(MEDIA_UPDATED_TOPIC, (p) => void published.push(p));
    const job = startMediaAutogen(
      deps({ library, generator: gen.generator, cluster, topServices: async () => ['address-registration'] }),
    );
    expect(await job.done).toEqual({
      status: 'done',
      made: ['address-registration', 'property-tax-payment'],
      failed: [],
    });
    expect(gen.stats()).toEqual({ maxRunning: 1, closed: true });
    expect(published).toEqual([{ slug: 'address-registration' }, { slug: 'property-tax-payment' }]);
    // Next start: nothing left to do.
    expect(await startMediaAutogen(deps({ library, generator: gen.generator })).done).toEqual({
      status: 'up-to-date',
    });
  });

  it('goes on after a failed video and reports it', async () => {
    const { library, videos } = fakeLibrary();
    const gen = fakeGenerator(videos, { fail: ['property-tax-payment'] });
    const outcome = await startMediaAutogen(deps({ library, generator: gen.generator })).done;
    expect(outcome).toEqual({
      status: 'done',
      made: ['waste-fee-payment'],
      failed: ['property-tax-payment'],
    });
  });

  it('skips with one log line when ffmpeg, espeak-ng or Chromium is missing', async () => {
    const { library, videos } = fakeLibrary();
    const gen = fakeGenerator(videos);
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const outcome = await startMediaAutogen(
      deps({
        library,
        generator: gen.generator,
        logger,
        missingTools: async () => ['espeak-ng', 'chromium'],
      }),
    ).done;
    expect(outcome).toEqual({ status: 'skipped', reason: 'espeak-ng, chromium not installed' });
    expect(gen.made).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('media autogen skipped');
  });

  it('runs on one node only: another node holding the job leaves this one idle', async () => {
    const { library, videos } = fakeLibrary();
    const gen = fakeGenerator(videos);
    const cluster = localCluster();
    let release: () => void = () => undefined;
    const holding = cluster.jobs.runExclusive(
      'campaign.media-autogen',
      60_000,
      () => new Promise((r) => (release = r)),
    );
    expect(await startMediaAutogen(deps({ library, generator: gen.generator, cluster })).done).toEqual({
      status: 'elsewhere',
    });
    release();
    await holding;
    expect(gen.made).toEqual([]);
  });

  it('stops with the server: the running generator is aborted and nothing more is started', async () => {
    const { library, videos } = fakeLibrary();
    const gen = fakeGenerator(videos, { hold: true });
    const job = startMediaAutogen(deps({ library, generator: gen.generator }));
    await gen.firstStarted;
    await job.stop();
    expect(await job.done).toEqual({ status: 'stopped', made: [] });
    expect(gen.signals).toHaveLength(1);
    expect(gen.signals[0]?.aborted).toBe(true);
    expect(gen.stats().closed).toBe(true);
  });

  it('does not start at all when stopped during its start-up delay', async () => {
    const { library, videos } = fakeLibrary();
    const gen = fakeGenerator(videos);
    const job = startMediaAutogen(deps({ library, generator: gen.generator, delayMs: 60_000 }));
    await job.stop();
    expect(await job.done).toEqual({ status: 'stopped', made: [] });
    expect(gen.made).toEqual([]);
  });
});
