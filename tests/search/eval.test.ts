import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '@hub/knowledge';
import { evaluate, formatMetrics, parseEvalFile } from '../../knowledge/src/eval/evaluate.ts';

const evalDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'eval');
const kb = loadKnowledgeBase();

// queries.jsonl: the first set (guide authors could see it); held-out.jsonl: written blind, never tuned on.
describe.each(['queries.jsonl', 'held-out.jsonl'])('search quality on %s', (name) => {
  const { lines, errors } = parseEvalFile(fs.readFileSync(path.join(evalDir, name), 'utf8'));
  const report = evaluate(kb, lines);

  it('is a valid set of at least 250 queries', () => {
    expect(errors).toEqual([]);
    expect(lines.length).toBeGreaterThanOrEqual(250);
  });

  it('meets hit@3 ≥ 0.90 and hit@1 ≥ 0.75', () => {
    expect(report.hit3, formatMetrics(report)).toBeGreaterThanOrEqual(0.9);
    expect(report.hit1, formatMetrics(report)).toBeGreaterThanOrEqual(0.75);
  });

  it('does not leave Latin-letter and English queries more than 5 points behind Cyrillic ones', () => {
    const cyrillic = evaluate(
      kb,
      lines.filter((l) => ['formal', 'colloquial', 'question'].includes(l.kind ?? '')),
    );
    for (const kind of ['latin', 'english']) {
      const m = report.byKind[kind];
      expect(m, `no ${kind} queries in the set`).toBeDefined();
      const msg = `${kind}: ${formatMetrics(m!)} vs Cyrillic ${formatMetrics(cyrillic)}`;
      expect(m!.hit3, msg).toBeGreaterThanOrEqual(cyrillic.hit3 - 0.05);
      expect(m!.hit1, msg).toBeGreaterThanOrEqual(cyrillic.hit1 - 0.05);
    }
  });
});
