import path from 'node:path';
import type { Writable } from 'node:stream';
import { loadKnowledgeBase } from '@hub/knowledge';
import { MEDIA_DIR, publicOrigin, VOICE_DIR } from '../config.ts';
import { makeVideos } from '../video/make-videos.ts';
import type { CliArgs } from './options.ts';

/** `--small` makes a quick 640 × 360 preview; the default is 1920 × 1080. */
export async function cmdVideo(args: CliArgs, out: Writable, err: Writable): Promise<number> {
  if (args.targets.length === 0) {
    err.write('campaign video: name one or more services, e.g. "campaign video heirs-certificate"\n');
    return 2;
  }
  const kb = loadKnowledgeBase();
  const missing = args.targets.filter((slug) => !kb.getService(slug)?.guides.bg.steps.length);
  if (missing.length > 0) {
    err.write(`campaign video: no guide with steps for ${missing.join(', ')}\n`);
    return 2;
  }
  await makeVideos({
    kb,
    slugs: args.targets,
    // --out is a media root like data/media: each video gets its own <slug>/ folder.
    mediaDir: path.resolve(args.values.out ?? MEDIA_DIR),
    voiceDir: path.resolve(args.values['voice-dir'] ?? VOICE_DIR),
    publicOrigin: args.values.origin ?? publicOrigin(),
    force: args.values.force ?? false,
    ...(args.values.small ? { width: 640, height: 360 } : {}),
    onVideo: (slug, result, outDir) => {
      const m = result.manifest;
      out.write(
        `${slug}: ${result.status} ${path.join(outDir, m.files.mp4 ?? '')} (${m.duration.toFixed(1)} s)\n`,
      );
      out.write(`  video.chapters: ${JSON.stringify(m.chapters)}\n`);
    },
  });
  return 0;
}
