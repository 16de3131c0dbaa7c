/**
 * Search benchmark (not a test): build time, query latency and heap for the real pack and a synthetic pack
 * of 10,000 guides, side by side with MiniSearch's default configuration on the same documents and queries.
 * Run: npm run bench:search   (uses --expose-gc for steadier heap figures)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { loadKnowledgeBase, createKnowledgeBase } from '../src/load/load-knowledge.ts';
import { buildSearchIndex } from '../src/build/build-dist.ts';
import { toSearchDocument } from '../src/search/documents.ts';
import { evaluate, formatMetrics, parseEvalFile, metricsOf, type EvalLine } from '../src/eval/evaluate.ts';
import { packageRoot } from '../src/load/content-paths.ts';
import type { KnowledgeData, ServiceRecord } from '../src/types.ts';
import { syntheticPack } from './synthetic-pack.ts';

const gc = (globalThis as { gc?: () => void }).gc;
const heapMiB = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function time<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

function latencies(
  run: (q: string) => unknown,
  queries: string[],
  rounds: number,
): { p50: number; p95: number; max: number } {
  for (const q of queries.slice(0, 50)) run(q); // warm up the JIT
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      run(q);
      samples.push(performance.now() - t);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: pct(samples, 50), p95: pct(samples, 95), max: samples[samples.length - 1] ?? 0 };
}

function miniSearchFor(services: ServiceRecord[], data: KnowledgeData) {
  // MiniSearch's defaults: its own tokenizer, no stemming, no stop words, no fuzzy or prefix unless asked.
  const ms = new MiniSearch({ fields: ['title', 'aliases', 'summary', 'body'], idField: 'id' });
  const docs = services.flatMap((s) =>
    (['bg', 'en'] as const).map((lang) => ({
      id: `${s.slug}/${lang}`,
      ...toSearchDocument(s, lang, data.categories),
    })),
  );
  ms.addAll(docs);
  return ms;
}

function miniSearchRanking(ms: MiniSearch, q: string): string[] {
  const seen: string[] = [];
  for (const r of ms.search(q)) {
    const slug = String(r.id).split('/')[0] as string;
    if (!seen.includes(slug)) seen.push(slug);
    if (seen.length === 10) break;
  }
  return seen;
}

function row(cells: Array<string | number>): string {
  return '| ' + cells.map((c) => (typeof c === 'number' ? c.toFixed(c < 10 ? 3 : 1) : c)).join(' | ') + ' |';
}

function main() {
  const evalFile = path.join(packageRoot, '..', 'tests', 'eval', 'queries.jsonl');
  const { lines } = parseEvalFile(fs.readFileSync(evalFile, 'utf8'));
  const queries = lines.map((l) => l.q);
  const kb = loadKnowledgeBase();
  const data: KnowledgeData = {
    builtAt: kb.builtAt,
    services: kb.services,
    districts: kb.districts,
    categories: kb.categories,
    lifeEvents: kb.lifeEvents,
  };

  console.log(
    `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
  console.log(
    `Load average at start: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (1/5/15 min)`,
  );
  console.log(
    `Queries: ${queries.length} from tests/eval/queries.jsonl; latency over ${queries.length * 5} runs per pack\n`,
  );
  console.log(
    row([
      'pack',
      'engine',
      'guides',
      'build ms',
      'query p50 ms',
      'query p95 ms',
      'query max ms',
      'heap MiB',
      'hit@1',
      'hit@3',
      'mrr',
    ]),
  );
  console.log(row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---']));

  for (const [label, services] of [
    ['real', kb.services],
    ['synthetic', syntheticPack(kb.services, 10_000)],
  ] as const) {
    const rounds = label === 'real' ? 5 : 2;
    // Ours
    const before = heapMiB();
    const built = time(() => buildSearchIndex(services, data.categories));
    const ours = createKnowledgeBase({ ...data, services }, JSON.parse(JSON.stringify(built.value)));
    const heapOurs = heapMiB() - before;
    const l = latencies((q) => ours.search(q), queries, rounds);
    const quality =
      label === 'real' ? evaluate(ours, lines as Array<EvalLine & { line: number }>) : undefined;
    console.log(
      row([
        label,
        'hub (lunr + Bulgarian)',
        services.length,
        built.ms,
        l.p50,
        l.p95,
        l.max,
        heapOurs,
        quality?.hit1 ?? '–',
        quality?.hit3 ?? '–',
        quality?.mrr ?? '–',
      ]),
    );

    // MiniSearch defaults
    const before2 = heapMiB();
    const msBuilt = time(() => miniSearchFor(services, data));
    const heapMs = heapMiB() - before2;
    const lm = latencies((q) => msBuilt.value.search(q), queries, rounds);
    let msQuality = '–';
    if (label === 'real') {
      const outcomes = lines.map((x) => {
        const got = miniSearchRanking(msBuilt.value, x.q);
        const idx = got.findIndex((s) => x.expect.includes(s));
        return { line: x.line, q: x.q, expect: x.expect, got, rank: idx + 1 };
      });
      msQuality = formatMetrics(metricsOf(outcomes));
      const m = metricsOf(outcomes);
      console.log(
        row([
          label,
          'MiniSearch defaults',
          services.length,
          msBuilt.ms,
          lm.p50,
          lm.p95,
          lm.max,
          heapMs,
          m.hit1,
          m.hit3,
          m.mrr,
        ]),
      );
    } else {
      console.log(
        row([
          label,
          'MiniSearch defaults',
          services.length,
          msBuilt.ms,
          lm.p50,
          lm.p95,
          lm.max,
          heapMs,
          '–',
          '–',
          '–',
        ]),
      );
    }
    void msQuality;
    if (quality) console.log(`\nhub on the real pack: ${formatMetrics(quality)}\n`);
  }
}

main();
