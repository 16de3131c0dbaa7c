import type { DiffLine } from '@hub/contract';
import { useEditorText } from './text.ts';

/** Unchanged lines further than this from a change are folded. */
const CONTEXT = 2;

/** A line diff of a guide file: removed lines in red, added in green, long unchanged runs folded. */
export function DiffView({ lines, label }: { lines: DiffLine[]; label: string }) {
  const { tx } = useEditorText();
  const changed = lines.map((l) => l.op !== 'same');
  const near = (i: number) => changed.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some(Boolean);
  const rows: Array<DiffLine | { fold: number }> = [];
  let folded = 0;
  lines.forEach((line, i) => {
    if (near(i)) {
      if (folded) rows.push({ fold: folded });
      folded = 0;
      rows.push(line);
    } else folded++;
  });
  if (folded) rows.push({ fold: folded });
  const adds = lines.filter((l) => l.op === 'add').length;
  const dels = lines.filter((l) => l.op === 'del').length;

  return (
    <figure class="ed-diff">
      <figcaption>
        <strong>{label}</strong>{' '}
        {adds || dels ? (
          <span class="muted small">{tx('diff.counts', { adds, dels })}</span>
        ) : (
          <span class="muted small">{tx('diff.none')}</span>
        )}
      </figcaption>
      {adds || dels ? (
        <pre class="ed-diff-body">
          {rows.map((row, i) =>
            'fold' in row ? (
              <span key={i} class="ed-diff-fold">
                {tx('diff.folded', { n: row.fold })}
              </span>
            ) : (
              <span key={i} class={`ed-diff-line ed-diff-${row.op}`}>
                <span class="ed-diff-sign" aria-hidden="true">
                  {row.op === 'add' ? '+' : row.op === 'del' ? '−' : ' '}
                </span>
                {row.op !== 'same' ? <span class="visually-hidden">{tx(`diff.${row.op}`)} </span> : null}
                {row.text || ' '}
              </span>
            ),
          )}
        </pre>
      ) : null}
    </figure>
  );
}
