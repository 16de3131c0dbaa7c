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
    /** The message shown just after `seq`'s position (for in-order insertion). */
    nextAfter(seq: number): number | undefined {
      let next: number | undefined;
      for (const s of bySeq.keys()) if (s > seq && (next === undefined || s < next)) next = s;
      return next;
    },
    latest(): MessageDto | undefined {
      return bySeq.get(lastSeq);
    },
  };
}
export type History = ReturnType<typeof createHistory>;
