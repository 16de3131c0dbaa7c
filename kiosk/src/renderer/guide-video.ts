import type { KioskLang } from '../shared/kiosk-api.ts';

export interface CaptionTrack {
  lang: KioskLang;
  label: string;
  /** Caption file name in the guide's media folder. */
  file: string;
  default: boolean;
}

const LABELS: Record<KioskLang, string> = { bg: 'Български', en: 'English' };

/**
 * The guide video's caption tracks: the kiosk's language first (and the default), then the other language when
 * the server serves one (each language's guide names its own WebVTT file). A missing file is left out.
 */
export function captionTracks(
  captions: Partial<Record<KioskLang, string | undefined>>,
  lang: KioskLang,
): CaptionTrack[] {
  const order: KioskLang[] = lang === 'bg' ? ['bg', 'en'] : ['en', 'bg'];
  const seen = new Set<string>();
  const tracks: CaptionTrack[] = [];
  for (const l of order) {
    const file = captions[l];
    if (!file || seen.has(file)) continue;
    seen.add(file);
    tracks.push({ lang: l, label: LABELS[l], file, default: tracks.length === 0 });
  }
  return tracks;
}
