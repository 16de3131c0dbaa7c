import type { GuideFrontMatter } from '@hub/knowledge';
import type { VideoManifest } from './cache.ts';

/**
 * The guide's `video` front-matter for a made video: file names, which surfaces resolve under
 * /media/services/<slug>/ (the server serves DATA_DIR/media/<slug>/ there and at /media/<slug>/).
 */
export function guideVideoField(
  manifest: VideoManifest,
  lang: 'bg' | 'en' = 'bg',
): NonNullable<GuideFrontMatter['video']> {
  return {
    src: manifest.files.mp4 ?? `${manifest.slug}.mp4`,
    captions: `captions.${lang}.vtt`,
    chapters: manifest.chapters,
  };
}
