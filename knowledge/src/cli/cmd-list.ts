import { defaultCatalogFile, defaultContentDir } from '../load/content-paths.ts';
import { readAllGuides } from '../load/read-guides.ts';
import { readCatalog } from '../load/read-reference.ts';
import { LANGS } from '../schema/guide.ts';

/** Lists every catalog service with the languages its guide exists and is valid in. */
export function cmdList(json: boolean, out: NodeJS.WritableStream): number {
  const { catalog } = readCatalog(defaultCatalogFile);
  const { pairs } = readAllGuides(defaultContentDir);
  const bySlug = new Map(pairs.map((p) => [p.slug, p]));
  const rows = catalog.map((c) => {
    const pair = bySlug.get(c.slug);
    return {
      slug: c.slug,
      category: c.category,
      depth: c.depth,
      languages: LANGS.filter((l) => pair?.[l] !== undefined),
    };
  });
  if (json) out.write(JSON.stringify(rows, null, 2) + '\n');
  else
    for (const r of rows)
      out.write(
        `${r.slug.padEnd(40)} ${r.category.padEnd(14)} ${r.depth.padEnd(9)} ${r.languages.join(',')}\n`,
      );
  return 0;
}
