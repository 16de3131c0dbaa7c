import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** What the campaign kit writes beside a video (campaign/src/video/cache.ts), as far as serving needs it. */
const manifestSchema = z.object({
  key: z.string(),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  duration: z.number().nonnegative(),
  chapters: z.array(
    z.object({ step: z.number().int().positive(), start: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/) }),
  ),
  files: z.object({
    mp4: z.string(),
    webm: z.string().optional(),
    poster: z.string().optional(),
    captionsBg: z.string(),
    captionsEn: z.string(),
    chaptersBg: z.string().optional(),
    chaptersEn: z.string().optional(),
  }),
});
export type VideoEntry = z.infer<typeof manifestSchema>;

/** A rescan on access after this long picks up videos made by the CLI or another node. */
const STALE_MS = 60_000;

export interface MediaLibrary {
  readonly dir: string;
  /** The finished video of a guide (every file of its manifest present), if any. */
  video(slug: string): VideoEntry | undefined;
  /** Rereads DATA_DIR/media (after a video is made here or on another node). */
  refresh(): Promise<void>;
}

async function readEntry(dir: string, slug: string): Promise<VideoEntry | undefined> {
  try {
    const parsed = manifestSchema.safeParse(
      JSON.parse(await fs.readFile(path.join(dir, slug, 'manifest.json'), 'utf8')),
    );
    if (!parsed.success || parsed.data.slug !== slug) return undefined;
    const files = Object.values(parsed.data.files).filter((f): f is string => typeof f === 'string');
    const present = await Promise.all(
      files.map((f) =>
        fs.stat(path.join(dir, slug, path.basename(f))).then(
          (s) => s.isFile(),
          () => false,
        ),
      ),
    );
    return present.every(Boolean) ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The videos in DATA_DIR/media/<slug>/, held in memory; lookups never touch the disk. */
export function mediaLibrary(dir: string, now: () => number = Date.now): MediaLibrary {
  let videos = new Map<string, VideoEntry>();
  let loadedAt = -Infinity;
  let latest: Promise<void> | undefined;

  async function scan(): Promise<void> {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    const entries = await Promise.all(names.map(async (n) => [n, await readEntry(dir, n)] as const));
    videos = new Map(entries.filter((e): e is readonly [string, VideoEntry] => !!e[1]));
    loadedAt = now();
  }

  // Each refresh reads the folder after it was asked for (never answers with a scan that started earlier).
  const refresh = () => {
    const next = (latest ?? Promise.resolve()).then(scan);
    latest = next;
    void next.finally(() => {
      if (latest === next) latest = undefined;
    });
    return next;
  };

  return {
    dir,
    video(slug) {
      if (!latest && now() - loadedAt > STALE_MS) void refresh();
      return videos.get(slug);
    },
    refresh,
  };
}
