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

/** CPU time (user + system) a process used so far, in seconds (Linux /proc), 0 if unknown. */
export async function cpuSecondsOf(pid: number | undefined): Promise<number> {
  if (!pid) return 0;
  const { readFile } = await import('node:fs/promises');
  return cpuSecondsFromStat(await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ''));
}

/** utime + stime of a `/proc/<pid>/stat` line, in seconds (clock ticks of 1/100 s), 0 if unreadable. */
export function cpuSecondsFromStat(stat: string, ticksPerSecond = 100): number {
  // The command name is in parentheses and may itself contain spaces and parentheses: fields start after the last.
  const close = stat.lastIndexOf(')');
  if (close < 0) return 0;
  const fields = stat.slice(close + 2).split(' ');
  // Counted from the state field (3rd in `man proc`): utime and stime are the 14th and 15th.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks / ticksPerSecond : 0;
}
