import fs from 'node:fs';
import path from 'node:path';
import type { GuideExportDto } from '@hub/contract';
import { LANGS, serializeGuide, type KnowledgeBase } from '@hub/knowledge';
import { defaultContentDir, packageRoot } from '@hub/knowledge/src/load/content-paths.ts';
import type { Db } from '../db/client.ts';
import { guideFile } from './sources.ts';

/** Paths in the export are relative to the repository root, e.g. knowledge/content/services/x/bg.md. */
const repoRoot = path.dirname(packageRoot);

/**
 * The guides published in the editor as repository files (published revisions are stored in the canonical
 * format of serializeGuide, so an unchanged guide exports byte-identical). `all` adds every other guide
 * as the live knowledge base has it, written with serializeGuide.
 */
export async function exportGuides(
  db: Db,
  kb: KnowledgeBase,
  scope: 'published' | 'all',
): Promise<GuideExportDto> {
  const rows = await db.guideRevision.findMany({ where: { status: 'published' }, orderBy: { slug: 'asc' } });
  const published = new Map(rows.map((r) => [r.slug, { bg: r.bgSource, en: r.enSource }]));
  const slugs = scope === 'all' ? kb.services.map((s) => s.slug).sort() : [...published.keys()];
  const files = slugs.flatMap((slug) =>
    LANGS.map((lang) => ({
      path: path.relative(repoRoot, guideFile(slug, lang)),
      content: published.get(slug)?.[lang] ?? serializeGuide(kb.getService(slug)!.guides[lang]),
    })),
  );
  return { files };
}

/** Writes an export under `root` (the repository root by default); returns the paths that changed. */
export function writeExport(exported: GuideExportDto, root = repoRoot): string[] {
  const changed: string[] = [];
  const contentRoot = path.resolve(root, path.relative(repoRoot, defaultContentDir));
  for (const file of exported.files) {
    const target = path.resolve(root, file.path);
    // Only guide files inside the content folder, whatever the export says.
    if (!target.startsWith(contentRoot + path.sep) || !target.endsWith('.md')) continue;
    const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (before === file.content) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
    changed.push(file.path);
  }
  return changed;
}
