import { z } from 'zod';
import type { KnowledgeBase } from '../types.ts';

export const evalLineSchema = z.looseObject({
  q: z.string(),
  expect: z.array(z.string().min(1)).min(1, 'needs at least one expected slug'),
  kind: z.string().optional(),
});
export type EvalLine = z.infer<typeof evalLineSchema>;

export interface QueryOutcome {
  line: number;
  q: string;
  kind?: string;
  expect: string[];
  got: string[];
  /** 1-based rank of the first expected slug, 0 when not in the top 10. */
  rank: number;
}

export interface Metrics {
  hit1: number;
  hit3: number;
  mrr: number;
  n: number;
}

export interface EvalReport extends Metrics {
  outcomes: QueryOutcome[];
  byKind: Record<string, Metrics>;
}

/** Parses JSONL; every bad line is reported with its number, never thrown. */
export function parseEvalFile(text: string): { lines: Array<EvalLine & { line: number }>; errors: string[] } {
  const lines: Array<EvalLine & { line: number }> = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      errors.push(`line ${i + 1}: not JSON (${(err as Error).message})`);
      return;
    }
    const parsed = evalLineSchema.safeParse(value);
    if (!parsed.success) {
      errors.push(
        `line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(line)'}: ${x.message}`).join('; ')}`,
      );
      return;
    }
    lines.push({ ...parsed.data, line: i + 1 });
  });
  return { lines, errors };
}

export function metricsOf(outcomes: QueryOutcome[]): Metrics {
  const n = outcomes.length;
  if (n === 0) return { hit1: 0, hit3: 0, mrr: 0, n: 0 };
  const hit = (k: number) => outcomes.filter((o) => o.rank > 0 && o.rank <= k).length / n;
  const mrr = outcomes.reduce((s, o) => s + (o.rank > 0 ? 1 / o.rank : 0), 0) / n;
  return { hit1: hit(1), hit3: hit(3), mrr, n };
}

/** Runs every query without a language hint (search detects it) and scores the ranking. */
export function evaluate(kb: KnowledgeBase, lines: Array<EvalLine & { line: number }>): EvalReport {
  const outcomes = lines.map((l): QueryOutcome => {
    const got = kb.search(l.q, { limit: 10 }).results.map((r) => r.slug);
    const idx = got.findIndex((s) => l.expect.includes(s));
    return { line: l.line, q: l.q, kind: l.kind, expect: l.expect, got, rank: idx + 1 };
  });
  const kinds = [...new Set(outcomes.map((o) => o.kind ?? '(none)'))].sort();
  const byKind = Object.fromEntries(
    kinds.map((k) => [k, metricsOf(outcomes.filter((o) => (o.kind ?? '(none)') === k))]),
  );
  return { ...metricsOf(outcomes), outcomes, byKind };
}

export function formatMetrics(m: Metrics): string {
  return `hit@1=${m.hit1.toFixed(3)} hit@3=${m.hit3.toFixed(3)} mrr=${m.mrr.toFixed(3)} n=${m.n}`;
}
