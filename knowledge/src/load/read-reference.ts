import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { catalogEntrySchema, categorySchema, districtSchema, lifeEventSchema } from '../schema/reference.ts';
import type { CatalogEntry, Category, District, LifeEvent } from '../schema/reference.ts';
import { problemsFromZod, type Problem } from '../validate/problem.ts';

export interface ReferenceData {
  districts: District[];
  categories: Category[];
  lifeEvents: LifeEvent[];
}

function readList<T>(
  file: string,
  schema: z.ZodType<T>,
  parse: (raw: string) => unknown,
  problems: Problem[],
): T[] {
  const display = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push({ path: display, field: '(file)', message: (err as Error).message });
    return [];
  }
  const result = z.array(schema).min(1, 'must list at least one entry').safeParse(data);
  if (!result.success) {
    problems.push(...problemsFromZod(display, result.error));
    return [];
  }
  const seen = new Set<string>();
  for (const [i, item] of result.data.entries()) {
    const slug = (item as { slug: string }).slug;
    if (seen.has(slug))
      problems.push({ path: display, field: `${i}.slug`, message: `duplicate slug "${slug}"` });
    seen.add(slug);
  }
  return result.data;
}

export function readReference(contentDir: string): { data: ReferenceData; problems: Problem[] } {
  const problems: Problem[] = [];
  const yaml = (raw: string) => YAML.parse(raw) as unknown;
  const data: ReferenceData = {
    districts: readList(path.join(contentDir, 'districts.yaml'), districtSchema, yaml, problems),
    categories: readList(path.join(contentDir, 'categories.yaml'), categorySchema, yaml, problems),
    lifeEvents: readList(path.join(contentDir, 'life-events.yaml'), lifeEventSchema, yaml, problems),
  };
  return { data, problems };
}

export function readCatalog(file: string): { catalog: CatalogEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const catalog = readList(file, catalogEntrySchema, (raw) => JSON.parse(raw) as unknown, problems);
  return { catalog, problems };
}
