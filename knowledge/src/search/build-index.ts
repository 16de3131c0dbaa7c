import lunr from 'lunr';
import { useBulgarian } from './bg/pipeline.ts';
import { normalizeText } from './bg/analyze.ts';
import { FIELD_BOOSTS, type SearchDocument } from './documents.ts';
import type { Lang } from '../schema/guide.ts';

const WORD = /[\p{L}\p{N}]+(?:[`'][\p{L}\p{N}]+)*/gu;

/** Unicode-aware tokenizer (lunr's default splits on spaces only and its trimmer drops Cyrillic). */
function unicodeTokenizer(obj?: unknown): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const text = normalizeText(Array.isArray(obj) ? obj.join(' ') : String(obj));
  const tokens: lunr.Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push(new lunr.Token(m[0], { position: [m.index, m[0].length], index: tokens.length }));
  }
  return tokens;
}

export function buildIndex(lang: Lang, docs: SearchDocument[]): lunr.Index {
  const builder = new lunr.Builder();
  if (lang === 'bg') {
    useBulgarian(builder);
  } else {
    builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
    builder.searchPipeline.add(lunr.stemmer);
  }
  builder.tokenizer = unicodeTokenizer as typeof lunr.tokenizer;
  builder.ref('slug');
  for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
  builder.metadataWhitelist = [];
  for (const doc of docs) builder.add(doc);
  return builder.build();
}
