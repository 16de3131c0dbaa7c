import fs from 'node:fs';
import type { ParsedArgs } from './args.ts';
import { loadKnowledgeBase } from '../load/load-knowledge.ts';
import { evaluate, formatMetrics, parseEvalFile } from '../eval/evaluate.ts';

export function cmdEval(args: ParsedArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const file = args.positional[0];
  if (!file) {
    err.write('kb eval: give a JSONL file of {"q": "...", "expect": ["slug"]} lines\n');
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    err.write(`kb eval: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const { lines, errors } = parseEvalFile(text);
  for (const e of errors) err.write(`${file}: ${e}\n`);
  if (errors.length > 0) return 2;
  const report = evaluate(loadKnowledgeBase(), lines);
  const misses = report.outcomes.filter((o) => o.rank !== 1);
  if (args.flags.has('json')) {
    const { outcomes: _all, ...summary } = report;
    out.write(JSON.stringify({ ...summary, misses }) + '\n');
  } else {
    for (const m of misses) {
      out.write(
        `${m.rank === 0 ? 'MISS' : `rank ${m.rank}`}\t[${m.kind ?? ''}] ${m.q}\texpected ${m.expect.join('|')}\tgot ${m.got.slice(0, 3).join(', ') || '—'}\n`,
      );
    }
    for (const [kind, m] of Object.entries(report.byKind))
      out.write(`${kind.padEnd(12)} ${formatMetrics(m)}\n`);
  }
  out.write(formatMetrics(report) + '\n');
  return 0;
}
