import type { RevisionDiffDto, RevisionDto } from '@hub/contract';
import { useEffect, useState } from 'preact/hooks';
import { editorApi } from './api.ts';
import { DiffView } from './DiffView.tsx';
import { when } from './format.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { useEditorText } from './text.ts';

/** Every published version (who, when, why), what each changed, and roll-back to any of them. */
export function Versions(props: {
  slug: string;
  canPublishDirectly: boolean;
  busy: boolean;
  onRestore(revisionId: string | null, note: string): void;
}) {
  const { tx, lang } = useEditorText();
  const [versions, setVersions] = useState<RevisionDto[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [diff, setDiff] = useState<RevisionDiffDto | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    void editorApi.versions(props.slug).then((v) => {
      setVersions(v.revisions);
      setSelected(v.revisions[0]?.id ?? null);
    });
  }, [props.slug, props.busy]);
  useEffect(() => {
    setDiff(null);
    if (selected) void editorApi.diff(selected).then(setDiff, () => setDiff(null));
  }, [selected]);
  if (!versions) return null;
  const current = versions.find((v) => v.status === 'published');

  return (
    <div class="ed-versions">
      <section aria-labelledby="ed-versions-title" class="ed-card">
        <h2 id="ed-versions-title">{tx('versions.title')}</h2>
        <ol class="ed-timeline">
          {versions.map((v) => (
            <li key={v.id} class={selected === v.id ? 'on' : ''}>
              <button
                type="button"
                class="ed-version"
                aria-pressed={selected === v.id}
                onClick={() => setSelected(v.id)}
              >
                <span class="ed-version-top">
                  <strong>{when(v.publishedAt, lang)}</strong>
                  <StatusBadge status={v.status} />
                </span>
                <span class="ed-version-note">{v.note || tx('versions.noNote')}</span>
                <span class="muted small">
                  {tx('versions.who', { author: v.author.name, reviewer: v.reviewer?.name ?? '—' })}
                </span>
              </button>
            </li>
          ))}
          <li class={selected === null ? 'on' : ''}>
            <button
              type="button"
              class="ed-version"
              aria-pressed={selected === null}
              onClick={() => setSelected(null)}
            >
              <span class="ed-version-top">
                <strong>{tx('versions.file')}</strong>
                <StatusBadge status="file" />
              </span>
              <span class="muted small">{tx('versions.fileHint')}</span>
            </button>
          </li>
        </ol>
      </section>
      <section aria-labelledby="ed-change-title" class="ed-card ed-change">
        <h2 id="ed-change-title">{selected ? tx('versions.changed') : tx('versions.file')}</h2>
        {selected && diff ? (
          <div class="ed-diffs">
            <DiffView lines={diff.bg} label={tx('source.bg')} />
            <DiffView lines={diff.en} label={tx('source.en')} />
          </div>
        ) : !selected ? (
          <p>{tx('versions.fileHint')}</p>
        ) : null}
        {selected !== (current?.id ?? null) ? (
          <div class="ed-restore">
            <label for="ed-restore-note" class="ed-label">
              {tx('versions.reason')}
            </label>
            <input
              id="ed-restore-note"
              class="ed-input"
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
            <button
              type="button"
              class="btn btn-primary"
              disabled={props.busy}
              onClick={() => props.onRestore(selected, note)}
            >
              {props.canPublishDirectly ? tx('versions.restoreNow') : tx('versions.restoreReview')}
            </button>
            <p class="muted small">
              {props.canPublishDirectly ? tx('versions.restoreNowHint') : tx('versions.restoreReviewHint')}
            </p>
          </div>
        ) : (
          <p class="muted small">{tx('versions.isLive')}</p>
        )}
      </section>
    </div>
  );
}
