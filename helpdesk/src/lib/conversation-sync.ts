import {
  contiguousSeq,
  createGapFill,
  mergeBySeq,
  type GapFillOptions,
  type MessageDto,
} from '@hub/contract';

/**
 * The open conversation's messages outside the UI framework: one per id and per sequence number, in order. A push
 * that skipped a number is read back from the last contiguous one (a debounced `conversation.join`), while the
 * socket stays connected; a reconnect re-opens the conversation as before.
 */
export function createConversationSync(options: {
  /** Reads the conversation after `afterSeq` (conversation.join). */
  rejoin(afterSeq: number): Promise<MessageDto[]>;
  /** The messages changed (new ones, in order). */
  onChange(messages: readonly MessageDto[]): void;
  delayMs?: number;
  timers?: GapFillOptions['timers'];
}) {
  let messages: readonly MessageDto[] = [];
  let seqs = new Set<number>();

  const gaps = createGapFill({
    contiguous: () => contiguousSeq((seq) => seqs.has(seq)),
    highest: () => messages.at(-1)?.seq ?? 0,
    fill: async (afterSeq) => receive(await options.rejoin(afterSeq)),
    ...(options.delayMs !== undefined ? { delayMs: options.delayMs } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
  });

  function set(next: readonly MessageDto[]): void {
    messages = next;
    seqs = new Set(next.map((m) => m.seq));
  }

  function receive(incoming: readonly MessageDto[]): void {
    const next = mergeBySeq(messages, incoming);
    if (next === messages) return;
    set(next);
    options.onChange(next);
    gaps.check();
  }

  return {
    /** New or re-read messages (pushes, a sent message's acknowledgement). */
    receive,
    /** The conversation as the server just gave it (its versions win), with any push that came meanwhile. */
    reset(list: readonly MessageDto[]): readonly MessageDto[] {
      set(mergeBySeq(mergeBySeq([], list), messages));
      gaps.check();
      return messages;
    },
    get messages(): readonly MessageDto[] {
      return messages;
    },
    dispose(): void {
      gaps.dispose();
    },
  };
}
export type ConversationSync = ReturnType<typeof createConversationSync>;
