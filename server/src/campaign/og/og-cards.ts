import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '@hub/knowledge';

/** The card for pages without their own (and for guides while theirs cannot be made): committed, 1200 × 630. */
export const GENERIC_OG_CARD = fileURLToPath(new URL('../assets/og-generic.png', import.meta.url));

/** Makes og.bg.png and og.en.png for a service or life event in outDir (the campaign kit, or a fake in tests). */
export type OgGenerator = (slug: string, outDir: string) => Promise<void>;

/** What the card shows comes from the guide: when the guide changes, the card is made again. */
function contentKey(kb: KnowledgeBase, slug: string): string | undefined {
  const service = kb.getService(slug);
  const event = service ? undefined : kb.lifeEvents.find((e) => e.slug === slug);
  if (!service && !event) return undefined;
  const { video: _bg, ...bg } = service?.guides.bg ?? {};
  const { video: _en, ...en } = service?.guides.en ?? {};
  return createHash('sha256')
    .update(JSON.stringify(service ? { bg, en } : event))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Social cards at /media/<slug>/og.<lang>.png, made on first request and kept until the guide changes. One card
 * is made at a time; when it cannot be made (no Chromium) the generic card is served instead.
 */
export function ogCards(kb: KnowledgeBase, mediaDir: string, generate: OgGenerator | undefined) {
  let queue: Promise<unknown> = Promise.resolve();
  const failed = new Map<string, number>();
  const RETRY_MS = 10 * 60_000;

  async function fresh(dir: string, key: string): Promise<boolean> {
    const stored = await fs.readFile(path.join(dir, 'og.key'), 'utf8').catch(() => '');
    if (stored.trim() !== key) return false;
    const files = ['og.bg.png', 'og.en.png'].map((f) =>
      fs.stat(path.join(dir, f)).then(
        () => true,
        () => false,
      ),
    );
    return (await Promise.all(files)).every(Boolean);
  }

  return {
    /** The PNG to send for a slug and language: the guide's own card, or the generic one. Undefined = no such page. */
    async file(slug: string, lang: 'bg' | 'en'): Promise<{ file: string; generic: boolean } | undefined> {
      const key = contentKey(kb, slug);
      if (!key) return undefined;
      const dir = path.join(mediaDir, slug);
      const own = { file: path.join(dir, `og.${lang}.png`), generic: false };
      if (await fresh(dir, key)) return own;
      const lastFailure = failed.get(slug);
      if (!generate || (lastFailure && Date.now() - lastFailure < RETRY_MS))
        return { file: GENERIC_OG_CARD, generic: true };
      const made = (queue = queue.then(async () => {
        if (await fresh(dir, key)) return true;
        await generate(slug, dir);
        await fs.writeFile(path.join(dir, 'og.key'), `${key}\n`);
        return true;
      })).then(
        () => true,
        () => false,
      );
      queue = made;
      if (await made) return own;
      failed.set(slug, Date.now());
      return { file: GENERIC_OG_CARD, generic: true };
    },
  };
}
export type OgCards = ReturnType<typeof ogCards>;
