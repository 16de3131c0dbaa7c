import type { MessageDto } from '@hub/contract';
import { describe, expect, it } from 'vitest';
import { createHistory } from './history.ts';

const m = (seq: number, id = `m${seq}`) =>
  ({ id, seq, conversationId: 'c', authorKind: 'bot', body: `#${seq}` }) as unknown as MessageDto;

describe('widget history', () => {
  it('keeps one message per number and per id, and finds where a late one goes', () => {
    const h = createHistory();
    expect(h.add(m(1))).toBe(true);
    expect(h.add(m(4))).toBe(true);
    expect(h.add(m(1))).toBe(false);
    expect(h.add(m(2, 'm4'))).toBe(false); // the same message under another number (a retry): shown once
    expect(h.contiguousSeq).toBe(1);
    expect(h.lastSeq).toBe(4);
    expect(h.nextAfter(2)).toBe(4); // a late seq 2 goes before seq 4
    expect(h.add(m(2))).toBe(true);
    expect(h.add(m(3))).toBe(true);
    expect(h.contiguousSeq).toBe(4);
    expect(h.latest()?.id).toBe('m4');
    h.clear();
    expect([h.lastSeq, h.contiguousSeq]).toEqual([0, 0]);
    expect(h.add(m(1))).toBe(true);
  });
});
