import { bannerPoster } from './banner-svg.ts';
import { PRINT_FORMATS } from './formats.ts';
import { portraitPoster, type PosterSpec } from './poster-svg.ts';

export type { PosterSpec } from './poster-svg.ts';

/** The poster SVG for the requested format. */
export function posterSvg(spec: PosterSpec): string {
  return PRINT_FORMATS[spec.size].layout === 'banner' ? bannerPoster(spec) : portraitPoster(spec);
}
