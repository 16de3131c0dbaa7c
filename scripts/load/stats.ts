/** Latency samples in ms, summarised as percentiles. */
export class Samples {
  private readonly values: number[] = [];
  add(ms: number): void {
    this.values.push(ms);
  }
  get count(): number {
    return this.values.length;
  }
  percentile(p: number): number {
    if (!this.values.length) return NaN;
    const sorted = [...this.values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  }
}

/** Resident memory of a process in bytes (Linux /proc), 0 if unknown. */
export async function rssOf(pid: number | undefined): Promise<number> {
  if (!pid) return 0;
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
