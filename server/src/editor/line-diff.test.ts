import { describe, expect, it } from 'vitest';
import { hasChanges, lineDiff } from './line-diff.ts';

const render = (before: string, after: string) =>
  lineDiff(before, after)
    .map((l) => `${l.op === 'same' ? ' ' : l.op === 'add' ? '+' : '-'}${l.text}`)
    .join('|');

describe('lineDiff', () => {
  it('marks a changed line as removed and added, keeping the rest', () => {
    expect(render('a\nb\nc', 'a\nB\nc')).toBe(' a|-b|+B| c');
  });
  it('finds insertions and deletions in the middle', () => {
    expect(render('a\nb\nc\nd', 'a\nc\nx\nd')).toBe(' a|-b| c|+x| d');
  });
  it('handles empty sides', () => {
    expect(render('', 'a')).toBe('-|+a');
    expect(hasChanges(lineDiff('same\ntext', 'same\ntext'))).toBe(false);
  });
  it('rebuilds both sides from the diff', () => {
    const before = 'title: A\naliases:\n  - one\n  - two\nbody';
    const after = 'title: B\naliases:\n  - one\n  - three\n  - two\nbody\nmore';
    const diff = lineDiff(before, after);
    expect(
      diff
        .filter((l) => l.op !== 'add')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(before);
    expect(
      diff
        .filter((l) => l.op !== 'del')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(after);
  });
});
