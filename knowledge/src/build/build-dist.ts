import fs from 'node:fs';
import path from 'node:path';
import { LANGS, type Lang } from '../schema/guide.ts';
import type { KnowledgeData, ServiceRecord } from '../types.ts';
import type { Category } from '../schema/reference.ts';
import { buildIndex } from '../search/build-index.ts';
import { toSearchDocument } from '../search/documents.ts';
import type { SerializedSearchIndex } from '../search/engine.ts';
import type { SnippetSource } from '../search/snippet.ts';

export const KB_FILE = 'kb.json';
export const INDEX_FILE = 'search-index.json';

/** Builds the serialised search index for a set of services (also used by the benchmark's synthetic pack). */
export function buildSearchIndex(services: ServiceRecord[], categories: Category[]): SerializedSearchIndex {
  const indexes = {} as Record<Lang, object>;
  for (const lang of LANGS) {
    indexes[lang] = buildIndex(
      lang,
      services.map((s) => toSearchDocument(s, lang, categories)),
    ).toJSON();
  }
  const docs: SerializedSearchIndex['docs'] = {};
  for (const s of services) {
    docs[s.slug] = Object.fromEntries(
      LANGS.map((lang): [Lang, SnippetSource] => {
        const g = s.guides[lang];
        return [
          lang,
          {
            title: g.title,
            summary: g.summary,
            passages: [
              ...g.steps.map((st) => `${st.title}: ${st.text}`),
              ...(g.afterwards ? [g.afterwards] : []),
            ],
          },
        ];
      }),
    ) as Record<Lang, SnippetSource>;
  }
  return { version: 1, indexes, docs };
}

/** Writes dist/kb.json and dist/search-index.json (the artefacts every surface loads at start). */
export function writeDist(distDir: string, data: KnowledgeData): { kbBytes: number; indexBytes: number } {
  fs.mkdirSync(distDir, { recursive: true });
  const kb = JSON.stringify(data);
  const index = JSON.stringify(buildSearchIndex(data.services, data.categories));
  // Write to temporary files and rename, so a running server never reads a half-written file.
  for (const [name, body] of [
    [KB_FILE, kb],
    [INDEX_FILE, index],
  ] as const) {
    const tmp = path.join(distDir, `${name}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, body);
    fs.renameSync(tmp, path.join(distDir, name));
  }
  return { kbBytes: Buffer.byteLength(kb), indexBytes: Buffer.byteLength(index) };
}
