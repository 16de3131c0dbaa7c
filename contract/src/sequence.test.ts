import { describe, expect, it } from 'vitest';
import { contiguousSeq, createGapFill, mergeBySeq } from './sequence.ts';

const m = (seq: number, id = `m${seq}`) => ({ id, seq });

/** Timers run by hand: `fire()` runs what is due, so nothing depends on the clock. */
function manualTimers() {
  const due = new Map<number, () => void>();
  let next = 0;
  return {
    timers: {
      set: (fn: () => void) => (due.set(++next, fn), next),
      clear: (handle: unknown) => void due.delete(handle as number),
    },
    get scheduled() {
      return due.size;
    },
    fire() {
      const all = [...due.values()];
      due.clear();
      all.forEach((fn) => fn());
    },
  };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('contiguousSeq', () => {
  it('is the highest number with none missing from 1', () => {
    expect(contiguousSeq(() => false)).toBe(0);
    const held = new Set([1, 2, 3, 5, 6]);
    expect(contiguousSeq((s) => held.has(s))).toBe(3);
    const fromTwo = new Set([2, 3]);
    expect(contiguousSeq((s) => fromTwo.has(s))).toBe(0);
  });
});

describe('mergeBySeq', () => {
  it('keeps one message per id and per number, in order, the first one winning', () => {
    const list = [m(1), m(3)];
    const merged = mergeBySeq(list, [m(4), m(2), m(3, 'other'), m(2), m(9, 'm1')]);
    expect(merged).toEqual([m(1), m(2), m(3), m(4)]);
  });
  it('returns the same list when nothing is new (no UI update)', () => {
    const list = [m(1), m(2)];
    expect(mergeBySeq(list, [m(2), m(1)])).toBe(list);
    expect(mergeBySeq(list, [])).toBe(list);
  });
});

describe('createGapFill', () => {
  function setup(fill: (afterSeq: number) => Promise<unknown>) {
    const held = new Set<number>();
    const clock = manualTimers();
    const calls: number[] = [];
    const gaps = createGapFill({
      contiguous: () => contiguousSeq((s) => held.has(s)),
      highest: () => Math.max(0, ...held),
      fill: (afterSeq) => {
        calls.push(afterSeq);
        return fill(afterSeq);
      },
      timers: clock.timers,
    });
    const push = (seq: number) => {
      held.add(seq);
      gaps.check();
    };
    return { held, clock, calls, gaps, push };
  }

  it('does nothing while numbers arrive in order', () => {
    const t = setup(async () => undefined);
    [1, 2, 3].forEach(t.push);
    expect(t.clock.scheduled).toBe(0);
    expect(t.gaps.pending).toBe(false);
  });

  it('re-joins once from the last contiguous number after the delay (debounced)', async () => {
    const t = setup(async (after) => {
      for (let s = after + 1; s <= 6; s += 1) t.held.add(s);
    });
    [1, 2, 5, 6].forEach(t.push);
    expect(t.clock.scheduled).toBe(1);
    expect(t.calls).toEqual([]);
    t.clock.fire();
    await settle();
    expect(t.calls).toEqual([2]);
    expect([...t.held].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.gaps.pending).toBe(false);
  });

  it('skips the re-join when the late push fills the gap before the delay', () => {
    const t = setup(async () => undefined);
    [1, 3].forEach(t.push);
    t.push(2);
    t.clock.fire();
    expect(t.calls).toEqual([]);
  });

  it('never runs two re-joins at once; a gap seen meanwhile is read after', async () => {
    let release!: () => void;
    const t = setup(
      (after) =>
        new Promise<void>((resolve) => {
          release = () => {
            t.held.add(after + 1);
            resolve();
          };
        }),
    );
    [1, 3].forEach(t.push);
    t.clock.fire();
    expect(t.calls).toEqual([1]);
    t.push(6); // another skip while the first re-join runs
    t.clock.fire();
    expect(t.calls).toEqual([1]);
    release();
    await settle();
    expect(t.clock.scheduled).toBe(1);
    t.clock.fire();
    expect(t.calls).toEqual([1, 3]);
  });

  it('does not repeat a re-join that brought nothing, and retries one that failed', async () => {
    let fail = true;
    const t = setup(async () => {
      if (fail) throw new Error('offline');
    });
    [1, 3].forEach(t.push);
    t.clock.fire();
    await settle();
    t.push(4);
    expect(t.clock.scheduled).toBe(1); // failed: tried again
    fail = false;
    t.clock.fire();
    await settle();
    expect(t.calls).toEqual([1, 1]);
    t.push(5);
    expect(t.clock.scheduled).toBe(0); // the server had nothing after 1: not asked again from there
  });

  it('stops after dispose', () => {
    const t = setup(async () => undefined);
    [1, 3].forEach(t.push);
    t.gaps.dispose();
    expect(t.clock.scheduled).toBe(0);
    t.push(5);
    expect(t.clock.scheduled).toBe(0);
  });
});
