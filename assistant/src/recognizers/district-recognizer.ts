import type { District } from '@hub/knowledge';
import { normalize } from './normalize.ts';
import { DISTRICT_FILLER } from './phrases.ts';

/** Finds the district a message names on its own ("Младост", "район Лозенец", "in Lyulin"). */
export function createDistrictRecognizer(
  districts: readonly District[],
): (norm: string) => string | undefined {
  const names = new Map<string, string>();
  for (const d of districts) {
    names.set(normalize(d.name.bg), d.slug);
    names.set(normalize(d.name.en), d.slug);
    names.set(d.slug.replace(/-/g, ' '), d.slug);
  }
  return (norm) => {
    const words = norm.split(' ').filter((w) => !DISTRICT_FILLER.has(w));
    return names.get(words.join(' '));
  };
}
