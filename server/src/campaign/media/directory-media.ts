import type { DirectoryMedia } from '../../directory/index.ts';
import type { MediaLibrary } from './library.ts';

const file = (slug: string, name: string) => `/media/${encodeURIComponent(slug)}/${encodeURIComponent(name)}`;

/** What the directory's guide page needs from the served media: the player's URLs and the social card. */
export function directoryMedia(origin: string, library: Pick<MediaLibrary, 'video'>): DirectoryMedia {
  return {
    origin,
    video(slug) {
      const entry = library.video(slug);
      if (!entry) return undefined;
      const f = entry.files;
      return {
        // WebM (VP9/Opus) first for browsers without H.264; MP4 for the rest (and Safari).
        sources: [
          ...(f.webm ? [{ src: file(slug, f.webm), type: 'video/webm' }] : []),
          { src: file(slug, f.mp4), type: 'video/mp4' },
        ],
        ...(f.poster ? { poster: file(slug, f.poster) } : {}),
        captions: [
          { lang: 'bg', src: file(slug, f.captionsBg) },
          { lang: 'en', src: file(slug, f.captionsEn) },
        ],
      };
    },
    ogImage: (slug, lang) => (slug ? file(slug, `og.${lang}.png`) : '/media/og.png'),
  };
}
