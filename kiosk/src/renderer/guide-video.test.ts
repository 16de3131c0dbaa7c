import { describe, expect, it } from 'vitest';
import { captionTracks } from './guide-video.ts';

describe('guide video caption tracks', () => {
  it('puts the kiosk language first as the default, then the other language', () => {
    expect(captionTracks({ bg: 'captions.bg.vtt', en: 'captions.en.vtt' }, 'en')).toEqual([
      { lang: 'en', label: 'English', file: 'captions.en.vtt', default: true },
      { lang: 'bg', label: 'Български', file: 'captions.bg.vtt', default: false },
    ]);
    expect(
      captionTracks({ bg: 'captions.bg.vtt', en: 'captions.en.vtt' }, 'bg').map((t) => [t.lang, t.default]),
    ).toEqual([
      ['bg', true],
      ['en', false],
    ]);
  });

  it('leaves out a missing language, and the remaining track is the default', () => {
    expect(captionTracks({ bg: 'captions.bg.vtt' }, 'en')).toEqual([
      { lang: 'bg', label: 'Български', file: 'captions.bg.vtt', default: true },
    ]);
    expect(captionTracks({}, 'bg')).toEqual([]);
  });

  it('does not list the same file twice', () => {
    expect(captionTracks({ bg: 'captions.vtt', en: 'captions.vtt' }, 'bg')).toHaveLength(1);
  });
});
