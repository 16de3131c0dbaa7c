import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { guideFrontMatterSchema, LANGS, type Guide, type Lang } from '../schema/guide.ts';
import { problemsFromZod, type Problem } from '../validate/problem.ts';

export interface GuidePair {
  slug: string;
  dir: string;
  bg?: Guide;
  en?: Guide;
}

/** Reads and parses one guide file; never throws on bad content. */
export function readGuideFile(file: string, displayPath: string): { guide?: Guide; problems: Problem[] } {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return {
      problems: [{ path: displayPath, field: '(file)', message: `cannot read: ${(err as Error).message}` }],
    };
  }
  return parseGuideSource(raw, displayPath);
}

/** Parses guide Markdown with front-matter (used by the build and by the guide editor). */
export function parseGuideSource(raw: string, displayPath: string): { guide?: Guide; problems: Problem[] } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; pass an options object to keep each parse independent.
    parsed = matter(raw, {});
  } catch (err) {
    return {
      problems: [
        { path: displayPath, field: '(front-matter)', message: `invalid YAML: ${(err as Error).message}` },
      ],
    };
  }
  if (Object.keys(parsed.data).length === 0) {
    return {
      problems: [{ path: displayPath, field: '(front-matter)', message: 'missing front-matter block' }],
    };
  }
  const result = guideFrontMatterSchema.safeParse(normaliseYaml(parsed.data));
  if (!result.success) return { problems: problemsFromZod(displayPath, result.error) };
  return { guide: { ...result.data, body: parsed.content.trim() }, problems: [] };
}

/** YAML turns dates into Date objects; the schema wants ISO strings. */
function normaliseYaml(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(normaliseYaml);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseYaml(v)]));
  }
  return value;
}

/** A guide must sit in the folder of its slug and in the file of its language. */
export function checkGuidePlace(guide: Guide, folder: string, lang: Lang, display: string): Problem[] {
  const problems: Problem[] = [];
  if (guide.slug !== folder) {
    problems.push({
      path: display,
      field: 'slug',
      message: `"${guide.slug}" does not match its folder "${folder}"`,
    });
  }
  if (guide.lang !== lang) {
    problems.push({ path: display, field: 'lang', message: `"${guide.lang}" but the file is ${lang}.md` });
  }
  return problems;
}

export function readAllGuides(contentDir: string): { pairs: GuidePair[]; problems: Problem[] } {
  const servicesDir = path.join(contentDir, 'services');
  const problems: Problem[] = [];
  const pairs: GuidePair[] = [];
  if (!fs.existsSync(servicesDir)) {
    return {
      pairs,
      problems: [{ path: servicesDir, field: '(folder)', message: 'services folder is missing' }],
    };
  }
  for (const entry of fs
    .readdirSync(servicesDir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(servicesDir, entry.name);
    const pair: GuidePair = { slug: entry.name, dir };
    for (const lang of LANGS) {
      const file = path.join(dir, `${lang}.md`);
      const display = path.relative(process.cwd(), file);
      if (!fs.existsSync(file)) {
        problems.push({
          path: display,
          field: '(file)',
          message: `missing ${lang === 'bg' ? 'Bulgarian' : 'English'} guide`,
        });
        continue;
      }
      const { guide, problems: p } = readGuideFile(file, display);
      problems.push(...p);
      if (guide) {
        problems.push(...checkGuidePlace(guide, entry.name, lang, display));
        pair[lang as Lang] = guide;
      }
    }
    pairs.push(pair);
  }
  return { pairs, problems };
}
