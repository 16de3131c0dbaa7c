import type { Guide } from '../schema/guide.ts';
import type { CatalogEntry } from '../schema/reference.ts';
import type { ServiceRecord } from '../types.ts';
import { readAllGuides, type GuidePair } from '../load/read-guides.ts';
import { readCatalog, readReference, type ReferenceData } from '../load/read-reference.ts';
import { checkCompleteGuide, checkDirectoryEntry, checkLanguagesAgree } from './guide-rules.ts';
import type { Problem } from './problem.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parseWebVtt } from './webvtt.ts';

export interface ValidatedContent extends ReferenceData {
  services: ServiceRecord[];
  problems: Problem[];
}

/** Reads and validates everything; returns the services that are valid in both languages, and every problem. */
export function validateContent(contentDir: string, catalogFile: string): ValidatedContent {
  const { pairs, problems } = readAllGuides(contentDir);
  const ref = readReference(contentDir);
  const cat = readCatalog(catalogFile);
  problems.push(...ref.problems, ...cat.problems);

  const catalogBySlug = new Map<string, CatalogEntry>(cat.catalog.map((c) => [c.slug, c]));
  const categories = new Set(ref.data.categories.map((c) => c.slug));
  const districts = new Set(ref.data.districts.map((d) => d.slug));
  const present = new Set(pairs.map((p) => p.slug));
  const services: ServiceRecord[] = [];
  const context: PairContext = { catalogBySlug, categories, districts, present };
  for (const pair of pairs) {
    const checked = validatePair(pair, context);
    problems.push(...checked.problems);
    if (checked.service) services.push(checked.service);
  }
  for (const entry of cat.catalog) {
    if (!present.has(entry.slug)) {
      problems.push({
        path: path.relative(process.cwd(), path.join(contentDir, 'services', entry.slug)),
        field: '(folder)',
        message: `catalog service "${entry.slug}" has no guide`,
      });
    }
  }
  return { ...ref.data, services, problems };
}

/** What a pair of guides is checked against: the catalog and the reference data's slugs. */
export interface PairContext {
  catalogBySlug: Map<string, CatalogEntry>;
  categories: Set<string>;
  districts: Set<string>;
  /** Slugs of every service folder (for `related`). */
  present: Set<string>;
}

/**
 * Checks one service's two guides (the rules `kb validate` applies to each folder); the guide editor uses it
 * so that an edited guide is refused with the same messages. The service is returned when both languages parsed.
 */
export function validatePair(
  pair: GuidePair,
  { catalogBySlug, categories, districts, present }: PairContext,
): { problems: Problem[]; service?: ServiceRecord } {
  const problems: Problem[] = [];
  const where = path.relative(process.cwd(), pair.dir);
  const entry = catalogBySlug.get(pair.slug);
  if (!entry) problems.push({ path: where, field: 'slug', message: 'not in the service catalog' });
  for (const guide of [pair.bg, pair.en]) {
    if (!guide) continue;
    const file = path.join(where, `${guide.lang}.md`);
    problems.push(...checkGuide(guide, file, entry, categories, districts, present));
    problems.push(...checkCaptions(guide, pair.dir, file));
  }
  if (!pair.bg || !pair.en) return { problems };
  problems.push(...checkLanguagesAgree(pair.bg, pair.en, where));
  if (!entry) return { problems };
  const service: ServiceRecord = {
    slug: pair.slug,
    category: pair.bg.category,
    depth: entry.depth,
    lifeEvents: pair.bg.lifeEvents,
    guides: { bg: pair.bg, en: pair.en },
  };
  return { problems, service };
}

function checkGuide(
  g: Guide,
  file: string,
  entry: CatalogEntry | undefined,
  categories: Set<string>,
  districts: Set<string>,
  present: Set<string>,
): Problem[] {
  const out: Problem[] = [];
  if (categories.size > 0 && !categories.has(g.category)) {
    out.push({ path: file, field: 'category', message: `unknown category "${g.category}"` });
  }
  if (entry && entry.category !== g.category) {
    out.push({
      path: file,
      field: 'category',
      message: `"${g.category}" but the catalog says "${entry.category}"`,
    });
  }
  for (const [i, d] of g.districts.entries()) {
    if (districts.size > 0 && !districts.has(d.district)) {
      out.push({ path: file, field: `districts.${i}.district`, message: `unknown district "${d.district}"` });
    }
  }
  for (const [i, r] of g.related.entries()) {
    if (!present.has(r)) out.push({ path: file, field: `related.${i}`, message: `unknown service "${r}"` });
    if (r === g.slug)
      out.push({ path: file, field: `related.${i}`, message: 'a service cannot be related to itself' });
  }
  if (g.video) {
    for (const [i, ch] of g.video.chapters.entries()) {
      if (ch.step > g.steps.length) {
        out.push({
          path: file,
          field: `video.chapters.${i}.step`,
          message: `step ${ch.step} does not exist`,
        });
      }
    }
  }
  if (entry) {
    out.push(...(entry.depth === 'guide' ? checkCompleteGuide(g, file) : checkDirectoryEntry(g, file)));
  }
  return out;
}

/** A how-to video's captions must exist beside the guide and be valid WebVTT. */
function checkCaptions(g: Guide, dir: string, file: string): Problem[] {
  const video = g.video;
  if (!video) return [];
  const captions = path.join(dir, video.captions);
  if (path.relative(dir, captions).startsWith('..')) {
    return [{ path: file, field: 'video.captions', message: 'must be a file inside the service folder' }];
  }
  if (!fs.existsSync(captions)) {
    return [{ path: file, field: 'video.captions', message: `${video.captions} does not exist` }];
  }
  return parseWebVtt(fs.readFileSync(captions, 'utf8')).errors.map((message) => ({
    path: file,
    field: 'video.captions',
    message: `${video.captions}: ${message}`,
  }));
}
