import path from 'node:path';
import { defaultCatalogFile, defaultContentDir } from '../load/content-paths.ts';
import { checkGuidePlace, parseGuideSource, type GuidePair } from '../load/read-guides.ts';
import { readCatalog } from '../load/read-reference.ts';
import { LANGS, type Lang } from '../schema/guide.ts';
import type { KnowledgeData, ServiceRecord } from '../types.ts';
import type { Problem } from '../validate/problem.ts';
import { validatePair } from '../validate/validate-content.ts';

export interface EditedGuide {
  slug: string;
  /** The Markdown with front-matter of bg.md and en.md, as an editor typed it. */
  sources: Record<Lang, string>;
}

export interface EditValidation {
  problems: Problem[];
  /** The service as it would be built, when both languages parse (even if other rules fail). */
  service?: ServiceRecord;
}

export interface EditContext {
  /** The reference data and the other services (for categories, districts and `related`). */
  kb: Pick<KnowledgeData, 'services' | 'categories' | 'districts'>;
  contentDir?: string;
  catalogFile?: string;
}

/**
 * Validates an edited guide pair with exactly the rules and messages of `kb validate` (parse, schema, folder
 * and language, complete-guide rules, the two languages agree, captions), as if its two files were in
 * knowledge/content/services/<slug>/.
 */
export function validateEditedGuide(edit: EditedGuide, context: EditContext): EditValidation {
  const contentDir = context.contentDir ?? defaultContentDir;
  const dir = path.join(contentDir, 'services', edit.slug);
  const pair: GuidePair = { slug: edit.slug, dir };
  const problems: Problem[] = [];
  for (const lang of LANGS) {
    const display = path.relative(process.cwd(), path.join(dir, `${lang}.md`));
    const { guide, problems: parsed } = parseGuideSource(edit.sources[lang], display);
    problems.push(...parsed);
    if (!guide) continue;
    problems.push(...checkGuidePlace(guide, edit.slug, lang, display));
    pair[lang] = guide;
  }
  const catalog = readCatalog(context.catalogFile ?? defaultCatalogFile);
  problems.push(...catalog.problems);
  const checked = validatePair(pair, {
    catalogBySlug: new Map(catalog.catalog.map((c) => [c.slug, c])),
    categories: new Set(context.kb.categories.map((c) => c.slug)),
    districts: new Set(context.kb.districts.map((d) => d.slug)),
    present: new Set([...context.kb.services.map((s) => s.slug), edit.slug]),
  });
  problems.push(...checked.problems);
  const service =
    checked.service ??
    (pair.bg && pair.en
      ? {
          slug: edit.slug,
          category: pair.bg.category,
          depth: 'directory' as const,
          lifeEvents: pair.bg.lifeEvents,
          guides: { bg: pair.bg, en: pair.en },
        }
      : undefined);
  return service ? { problems, service } : { problems };
}
