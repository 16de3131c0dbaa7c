import type { ServiceRecord } from '../src/types.ts';

/** A deterministic pseudo-random generator, so the synthetic pack is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` guides made from the real ones: each copy keeps the structure and language of a real guide and
 * mixes in words drawn from the whole pack, so the vocabulary and postings grow as a large pack's would.
 */
export function syntheticPack(real: ServiceRecord[], count: number): ServiceRecord[] {
  const rand = mulberry32(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const words = { bg: [] as string[], en: [] as string[] };
  for (const s of real) {
    for (const lang of ['bg', 'en'] as const) {
      const g = s.guides[lang];
      words[lang].push(...`${g.title} ${g.summary} ${g.steps.map((x) => x.text).join(' ')}`.split(/\s+/));
    }
  }
  const phrase = (lang: 'bg' | 'en', n: number) =>
    Array.from({ length: n }, () => pick(words[lang])).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const base = real[i % real.length] as ServiceRecord;
    const slug = `${base.slug}-${i}`;
    const guides = Object.fromEntries(
      (['bg', 'en'] as const).map((lang) => {
        const g = base.guides[lang];
        return [
          lang,
          {
            ...g,
            slug,
            title: `${g.title} ${phrase(lang, 2)}`,
            summary: `${phrase(lang, 8)} ${g.summary}`,
            steps: g.steps.map((st) => ({ title: st.title, text: `${st.text} ${phrase(lang, 10)}` })),
            aliases: g.aliases.slice(0, 1 + Math.floor(rand() * g.aliases.length)),
          },
        ];
      }),
    ) as ServiceRecord['guides'];
    return { ...base, slug, guides };
  });
}
