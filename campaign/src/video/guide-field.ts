import type { GuideFrontMatter } from '@hub/knowledge';
import type { VideoManifest } from './cache.ts';

/** The guide's `video` front-matter for a made video, with media served from /media/<slug>/ by the server. */
export function guideVideoField(
  manifest: VideoManifest,
  lang: 'bg' | 'en' = 'bg',
): NonNullable<GuideFrontMatter['video']> {
  return {
    src: `/media/${manifest.slug}/${manifest.files.mp4}`,
    captions: `captions.${lang}.vtt`,
    chapters: manifest.chapters,
  };
}
