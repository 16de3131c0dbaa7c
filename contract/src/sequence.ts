/**
 * Per-conversation sequence numbers on the client side (widget, console): messages kept once per id and per
 * number, in order, and a push that skips a number read back from the last contiguous one (a debounced re-join).
 */

export interface Sequenced {
  id: string;
  seq: number;
}

/** The highest number with none missing from 1 up to it: where a re-join resumes (it fills every gap above). */
export function contiguousSeq(has: (seq: number) => boolean): number {
  let seq = 0;
  while (has(seq + 1)) seq += 1;
  return seq;
}

/**
 * `list` with `incoming` added: one message per id and per sequence number (the first one kept), sorted by number.
 * Returns `list` itself when nothing is new, so a UI state update can be skipped.
 */
export function mergeBySeq<M extends Sequenced>(list: readonly M[], incoming: readonly M[]): readonly M[] {
  const ids = new Set(list.map((m) => m.id));
  const seqs = new Set(list.map((m) => m.seq));
  const added: M[] = [];
  for (const m of incoming) {
    if (ids.has(m.id) || seqs.has(m.seq)) continue;
    ids.add(m.id);
    seqs.add(m.seq);
    added.push(m);
  }
  return added.length ? [...list, ...added].sort((a, b) => a.seq - b.seq) : list;
}

export interface GapFillOptions {
  /** The last contiguous number held now. */
  contiguous(): number;
  /** The highest number held now. */
  highest(): number;
  /** Reads the conversation after `afterSeq` (a re-join) and keeps what comes back. */
  fill(afterSeq: number): Promise<unknown>;
  /** How long to wait for a late push before re-reading (a skipped number often arrives just after). */
  delayMs?: number;
  timers?: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
}

const realTimers = {
  set: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Watches for skipped numbers: call `check()` after keeping each pushed message. When the highest number is above
 * the last contiguous one, a re-join from the contiguous one is scheduled (once per `delayMs`, never two at once;
 * a check during a re-join schedules another after it). A re-join that brings nothing (the server holds no such
 * number) is not repeated from the same place; one that failed is tried again at the next check.
 */
export function createGapFill(options: GapFillOptions) {
  const delayMs = options.delayMs ?? 300;
  const timers = options.timers ?? realTimers;
  let timer: unknown;
  let filling = false;
  let again = false;
  let fruitlessFrom: number | undefined;
  let disposed = false;

  const gap = () => {
    const from = options.contiguous();
    return options.highest() > from && from !== fruitlessFrom ? from : undefined;
  };

  function run(): void {
    timer = undefined;
    const from = gap();
    if (from === undefined || disposed) return;
    filling = true;
    options
      .fill(from)
      .then(
        () => options.contiguous() === from,
        () => false, // failed (offline): the re-join on reconnect reads it; a later push checks again
      )
      .then((fruitless) => {
        filling = false;
        if (fruitless) fruitlessFrom = from;
        if (again) {
          again = false;
          check();
        }
      });
  }

  function check(): void {
    if (disposed || gap() === undefined) return;
    if (filling) {
      again = true;
      return;
    }
    if (timer === undefined) timer = timers.set(run, delayMs);
  }

  return {
    check,
    /** Whether a re-join is scheduled or running. */
    get pending(): boolean {
      return timer !== undefined || filling;
    },
    dispose(): void {
      disposed = true;
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
    },
  };
}
export type GapFill = ReturnType<typeof createGapFill>;
