import fs from 'node:fs';
import path from 'node:path';
import { defaultDistDir } from './content-paths.ts';
import { INDEX_FILE, KB_FILE } from '../build/build-dist.ts';
import { SearchEngine, type SerializedSearchIndex } from '../search/engine.ts';
import type { KnowledgeBase, KnowledgeData } from '../types.ts';

export interface LoadOptions {
  distDir?: string;
}

/** Loads the built knowledge base (run `npm run build` first) with its prebuilt search index. */
export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const dir = options.distDir ?? defaultDistDir;
  const read = <T>(name: string): T => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file))
      throw new Error(`${file} is missing: run "npm run build" to build the knowledge base`);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  };
  return createKnowledgeBase(read<KnowledgeData>(KB_FILE), read<SerializedSearchIndex>(INDEX_FILE));
}

export function createKnowledgeBase(data: KnowledgeData, index: SerializedSearchIndex): KnowledgeBase {
  const engine = new SearchEngine(index);
  const bySlug = new Map(data.services.map((s) => [s.slug, s]));
  return {
    ...data,
    getService: (slug) => bySlug.get(slug),
    search: (query, options) => engine.search(query, options),
  };
}
