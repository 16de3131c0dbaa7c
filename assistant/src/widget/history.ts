import type { MessageDto } from '@hub/contract';

/** The conversation as shown: one entry per sequence number, in order, whatever order pushes and re-syncs arrive in. */
export function createHistory() {
  const bySeq = new Map<number, MessageDto>();
  let lastSeq = 0;
  return {
    /** True when the message is new. */
    add(message: MessageDto): boolean {
      if (bySeq.has(message.seq)) return false;
      bySeq.set(message.seq, message);
      lastSeq = Math.max(lastSeq, message.seq);
      return true;
    },
    get lastSeq() {
      return lastSeq;
    },
    /** The highest sequence number with none missing below it: where a re-join resumes (fills any gap). */
    get contiguousSeq() {
      let seq = 0;
      while (bySeq.has(seq + 1)) seq += 1;
      return seq;
    },
    /** The message shown just after `seq`'s position (for in-order insertion). */
    nextAfter(seq: number): number | undefined {
      let next: number | undefined;
      for (const s of bySeq.keys()) if (s > seq && (next === undefined || s < next)) next = s;
      return next;
    },
    latest(): MessageDto | undefined {
      return bySeq.get(lastSeq);
    },
    /** Forgets everything (the citizen deleted the conversation). */
    clear(): void {
      bySeq.clear();
      lastSeq = 0;
    },
  };
}
export type History = ReturnType<typeof createHistory>;
