import type { MessageDto } from '@hub/contract';
// The module itself, not the package index: the index pulls all of zod into the embeddable widget.
import { contiguousSeq } from '@hub/contract/src/sequence.ts';

/**
 * The conversation as shown: one entry per sequence number and per message id, in order, whatever order pushes
 * and re-syncs arrive in.
 */
export function createHistory() {
  const bySeq = new Map<number, MessageDto>();
  const ids = new Set<string>();
  let lastSeq = 0;
  return {
    /** True when the message is new. */
    add(message: MessageDto): boolean {
      if (bySeq.has(message.seq) || ids.has(message.id)) return false;
      bySeq.set(message.seq, message);
      ids.add(message.id);
      lastSeq = Math.max(lastSeq, message.seq);
      return true;
    },
    get lastSeq() {
      return lastSeq;
    },
    /** The highest sequence number with none missing below it: where a re-join resumes (fills any gap). */
    get contiguousSeq() {
      return contiguousSeq((seq) => bySeq.has(seq));
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
      ids.clear();
      lastSeq = 0;
    },
  };
}
export type History = ReturnType<typeof createHistory>;
