import { guideFrontMatterSchema } from '@hub/knowledge';
import { describe, expect, it } from 'vitest';
import type { VideoManifest } from './cache.ts';
import { guideVideoField } from './guide-field.ts';

describe('guide video field', () => {
  it('is valid guide front-matter pointing at the served media', () => {
    const manifest = {
      slug: 'heirs-certificate',
      files: { mp4: 'heirs-certificate.mp4' },
      chapters: [
        { step: 1, start: '00:20' },
        { step: 2, start: '00:35' },
      ],
    } as unknown as VideoManifest;
    const field = guideVideoField(manifest, 'en');
    expect(field).toEqual({
      src: 'heirs-certificate.mp4',
      captions: 'captions.en.vtt',
      chapters: manifest.chapters,
    });
    expect(guideFrontMatterSchema.shape.video.safeParse(field).success).toBe(true);
  });
});
