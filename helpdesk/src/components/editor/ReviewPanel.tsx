import type { RevisionDetailDto, RevisionDiffDto } from '@hub/contract';
import { useEffect, useState } from 'preact/hooks';
import { editorApi } from './api.ts';
import { DiffView } from './DiffView.tsx';
import { when } from './format.ts';
import { useEditorText } from './text.ts';

/** The second editor's view of a change: what changed, the author's note, approve (publish) or reject. */
export function ReviewPanel(props: {
  revision: RevisionDetailDto;
  busy: boolean;
  onDecide(decision: 'approve' | 'reject', comment: string): void;
}) {
  const { tx, lang } = useEditorText();
  const [diff, setDiff] = useState<RevisionDiffDto | null>(null);
  const [comment, setComment] = useState('');
  const [needComment, setNeedComment] = useState(false);
  const r = props.revision;
  useEffect(() => {
    void editorApi.diff(r.id).then(setDiff, () => setDiff(null));
  }, [r.id]);

  return (
    <section class="ed-review" aria-labelledby="ed-review-title">
      <h2 id="ed-review-title">{tx('review.title')}</h2>
      <p>
        {tx('review.by', { name: r.author.name, when: when(r.submittedAt, lang) })}
        {r.restoresId ? <span class="ed-tag">{tx('review.restore')}</span> : null}
      </p>
      {r.note ? <blockquote class="ed-note">{r.note}</blockquote> : null}
      {diff ? (
        <div class="ed-diffs">
          <DiffView lines={diff.bg} label={tx('source.bg')} />
          <DiffView lines={diff.en} label={tx('source.en')} />
        </div>
      ) : null}
      <label for="ed-review-comment" class="ed-label">
        {tx('review.comment')}
      </label>
      <textarea
        id="ed-review-comment"
        class="ed-comment"
        rows={3}
        value={comment}
        aria-invalid={needComment}
        aria-describedby={needComment ? 'ed-review-need' : undefined}
        onInput={(e) => {
          setComment(e.currentTarget.value);
          setNeedComment(false);
        }}
      />
      {needComment ? (
        <p id="ed-review-need" class="ed-error small">
          {tx('review.needComment')}
        </p>
      ) : null}
      <div class="ed-review-actions">
        <button
          type="button"
          class="btn btn-success"
          disabled={props.busy}
          onClick={() => props.onDecide('approve', comment)}
        >
          {tx('review.approve')}
        </button>
        <button
          type="button"
          class="btn"
          disabled={props.busy}
          onClick={() => (comment.trim() ? props.onDecide('reject', comment) : setNeedComment(true))}
        >
          {tx('review.reject')}
        </button>
      </div>
    </section>
  );
}
