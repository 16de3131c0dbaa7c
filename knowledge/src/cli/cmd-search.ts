import type { ParsedArgs } from './args.ts';
import { loadKnowledgeBase } from '../load/load-knowledge.ts';
import type { Lang } from '../schema/guide.ts';
import type { SearchResponse } from '../types.ts';

export function langFlag(args: ParsedArgs): Lang | undefined {
  if (args.flags.has('en')) return 'en';
  if (args.flags.has('bg')) return 'bg';
  return undefined;
}

export function formatResponse(r: SearchResponse): string {
  const lines = [`${r.results.length} result(s), match: ${r.match}, language: ${r.lang}`];
  r.results.forEach((res, i) => {
    lines.push(
      `${i + 1}. ${res.title} [${res.slug}] score ${res.score.toFixed(2)}${res.confident ? ' ✓' : ''}`,
    );
    if (res.snippet) lines.push(`   ${res.snippet}`);
  });
  return lines.join('\n') + '\n';
}

export function cmdSearch(args: ParsedArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const query = args.positional.join(' ');
  if (query.trim() === '') {
    err.write('kb search: give a query, e.g. kb search "danak sgrada"\n');
    return 2;
  }
  const response = loadKnowledgeBase().search(query, { lang: langFlag(args), limit: 10 });
  out.write(args.flags.has('json') ? JSON.stringify(response, null, 2) + '\n' : formatResponse(response));
  return 0;
}
