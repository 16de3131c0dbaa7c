import fs from 'node:fs';
import path from 'node:path';
import type { GuideSources } from '@hub/contract';
import { LANGS, serializeGuide, type KnowledgeBase } from '@hub/knowledge';
import { defaultContentDir } from '@hub/knowledge/src/load/content-paths.ts';
import type { Db } from '../db/client.ts';

/** Where a guide's files live in the repository (and where the export writes them). */
export function guideFile(slug: string, lang: 'bg' | 'en', contentDir = defaultContentDir): string {
  return path.join(contentDir, 'services', slug, `${lang}.md`);
}

/** The repository's files of a guide, or the built guide written back in the same format when absent. */
export function fileSources(kb: KnowledgeBase, slug: string): GuideSources | undefined {
  const service = kb.getService(slug);
  const read = (lang: 'bg' | 'en') => {
    try {
      return fs.readFileSync(guideFile(slug, lang), 'utf8');
    } catch {
      return service ? serializeGuide(service.guides[lang]) : undefined;
    }
  };
  const [bg, en] = LANGS.map(read);
  return bg !== undefined && en !== undefined ? { bg, en } : undefined;
}

/** The published revision of a slug (the live version), if the editor has published one. */
export function publishedRevision(db: Db, slug: string) {
  return db.guideRevision.findFirst({
    where: { slug, status: 'published' },
    orderBy: { publishedAt: 'desc' },
  });
}

/** The live sources of a guide: its published revision, else the repository files. */
export async function liveSources(
  db: Db,
  kb: KnowledgeBase,
  slug: string,
): Promise<{ sources: GuideSources; revisionId: string | null } | undefined> {
  const published = await publishedRevision(db, slug);
  if (published)
    return { sources: { bg: published.bgSource, en: published.enSource }, revisionId: published.id };
  const sources = fileSources(kb, slug);
  return sources ? { sources, revisionId: null } : undefined;
}
