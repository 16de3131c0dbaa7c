import type { MessageDto } from '@hub/contract';
import { describe, expect, it } from 'vitest';
import { createConversationSync } from './conversation-sync.ts';

const m = (seq: number, id = `m${seq}`) =>
  ({ id, seq, conversationId: 'c', authorKind: 'citizen', body: `#${seq}` }) as unknown as MessageDto;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(server: MessageDto[]) {
  const due: (() => void)[] = [];
  const rejoins: number[] = [];
  const shown: number[][] = [];
  const sync = createConversationSync({
    rejoin: async (afterSeq) => {
      rejoins.push(afterSeq);
      return server.filter((x) => x.seq > afterSeq);
    },
    onChange: (messages) => shown.push(messages.map((x) => x.seq)),
    timers: { set: (fn) => due.push(fn), clear: () => due.splice(0) },
  });
  const fire = () => due.splice(0).forEach((fn) => fn());
  return { sync, rejoins, shown, fire, due };
}

describe("the console's conversation sync", () => {
  it('a push that skips numbers is read back once from the last contiguous one, in order, without duplicates', async () => {
    const server = [1, 2, 3, 4, 5].map((s) => m(s));
    const t = setup(server);
    t.sync.reset(server.slice(0, 2));
    t.sync.receive([m(5)]);
    t.sync.receive([m(5)]);
    expect(t.due).toHaveLength(1);
    t.fire();
    await settle();
    expect(t.rejoins).toEqual([2]);
    expect(t.sync.messages.map((x) => x.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(t.shown).toEqual([
      [1, 2, 5],
      [1, 2, 3, 4, 5],
    ]);
    // The late pushes of 3 and 4 change nothing.
    t.sync.receive([m(3), m(4)]);
    expect(t.shown).toHaveLength(2);
  });

  it('in-order pushes and a sent message acknowledged after its push re-read nothing', () => {
    const t = setup([]);
    t.sync.reset([m(1)]);
    t.sync.receive([m(2)]);
    t.sync.receive([m(2)]);
    t.sync.receive([m(3)]);
    expect(t.due).toHaveLength(0);
    expect(t.sync.messages.map((x) => x.seq)).toEqual([1, 2, 3]);
  });

  it("a re-open keeps the server's versions and any push that came meanwhile", () => {
    const t = setup([]);
    t.sync.receive([m(3, 'pushed')]);
    const opened = t.sync.reset([m(2), { ...m(1), body: '***' }]);
    expect(opened.map((x) => [x.seq, x.body])).toEqual([
      [1, '***'],
      [2, '#2'],
      [3, '#3'],
    ]);
  });
});
