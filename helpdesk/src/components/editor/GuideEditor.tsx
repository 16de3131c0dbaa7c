import type {
  EditorGuideDto,
  GuideProblemDto,
  GuideSources,
  PreviewResponseDto,
  RevisionDetailDto,
} from '@hub/contract';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { editorApi, EditorFailure } from './api.ts';
import { EditorActions, ExtraEditorActions } from './EditorActions.tsx';
import { day, markReviewed, reviewOverdue, todayIso } from './format.ts';
import { PreviewPane, type PreviewMode } from './PreviewPane.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { editorHref } from './route.ts';
import { SourcePane } from './SourcePane.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { useEditorText, type EditorKey } from './text.ts';
import { Versions } from './Versions.tsx';

export interface EditorUser {
  id: string;
  /** Supervisors and admins publish roll-backs at once. */
  canPublishDirectly: boolean;
}
type Lang = 'bg' | 'en';
type Notice = { kind: 'ok' | 'error'; key: EditorKey } | null;
const PREVIEW_DELAY_MS = 350;

/** One guide: edit both languages with a live preview, send for review, review a colleague's change, versions. */
export function GuideEditor(props: { slug: string; revisionId?: string; user: EditorUser }) {
  const { tx, lang: uiLang } = useEditorText();
  const [guide, setGuide] = useState<EditorGuideDto | null>(null);
  const [missing, setMissing] = useState(false);
  const [revision, setRevision] = useState<RevisionDetailDto | null>(null);
  const [sources, setSources] = useState<GuideSources>({ bg: '', en: '' });
  const [note, setNote] = useState('');
  const [lang, setLang] = useState<Lang>(uiLang);
  const [view, setView] = useState<'edit' | 'versions'>('edit');
  const [mode, setMode] = useState<PreviewMode>('web');
  const [preview, setPreview] = useState<PreviewResponseDto | null>(null);
  /** The draft does not parse now: the preview shows the last version that did. */
  const [stale, setStale] = useState(false);
  const [previewBusy, setPreviewBusy] = useState(false);
  const [problems, setProblems] = useState<GuideProblemDto[]>([]);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    setMissing(false);
    try {
      const g = await editorApi.guide(props.slug);
      const mine = g.open.find((r) => r.author.id === props.user.id && r.status !== 'in_review');
      const id = props.revisionId ?? mine?.id;
      const rev = id ? await editorApi.revision(id) : null;
      setGuide(g);
      setRevision(rev);
      setSources(rev ? rev.sources : g.sources);
      setNote(rev?.note ?? '');
      setDirty(false);
    } catch {
      setMissing(true);
    }
  }, [props.slug, props.revisionId, props.user.id]);
  useEffect(() => {
    setNotice(null);
    setView('edit');
    void load().then(() => heading.current?.focus());
  }, [load]);

  // Live preview (and validation) a moment after typing stops.
  useEffect(() => {
    if (!guide) return;
    setPreviewBusy(true);
    const timer = setTimeout(() => {
      editorApi.preview(props.slug, sources, lang).then(
        (p) => {
          setStale(!p.web);
          setPreview((last) => (p.web || !last ? p : last));
          setProblems(p.problems);
          setPreviewBusy(false);
        },
        () => setPreviewBusy(false),
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [guide, sources, lang, props.slug]);

  const mineOpen =
    !revision ||
    (revision.author.id === props.user.id && (revision.status === 'draft' || revision.status === 'rejected'));
  const reviewable = revision?.status === 'in_review' && revision.author.id !== props.user.id;

  async function run(job: () => Promise<void>) {
    setBusy(true);
    setNotice(null);
    try {
      await job();
    } catch (error) {
      if (error instanceof EditorFailure && error.problems.length) {
        setProblems(error.problems);
        setNotice({ kind: 'error', key: 'notice.invalid' });
      } else if (error instanceof EditorFailure && error.status === 409) {
        setNotice({ kind: 'error', key: 'notice.conflict' });
      } else if (error instanceof EditorFailure && error.status === 403) {
        setNotice({ kind: 'error', key: 'notice.forbidden' });
      } else setNotice({ kind: 'error', key: 'notice.failed' });
    } finally {
      setBusy(false);
    }
  }

  async function save(): Promise<RevisionDetailDto> {
    const saved = revision
      ? await editorApi.updateDraft(revision.id, sources, note)
      : await editorApi.createDraft(props.slug, sources, note, guide?.publishedRevisionId ?? null);
    setRevision(saved);
    setDirty(false);
    // Keep the address pointing at the draft without reloading the view.
    history.replaceState(null, '', editorHref(props.slug, saved.id));
    return saved;
  }

  const onSave = () =>
    run(async () => {
      await save();
      setNotice({ kind: 'ok', key: 'notice.saved' });
    });
  const onSubmit = () =>
    run(async () => {
      const saved = dirty || !revision ? await save() : revision;
      const submitted = await editorApi.submit(saved.id);
      setRevision(submitted);
      setSources(submitted.sources);
      setNotice({ kind: 'ok', key: 'notice.submitted' });
    });
  const onDiscard = () =>
    run(async () => {
      if (revision) await editorApi.discard(revision.id);
      history.replaceState(null, '', editorHref(props.slug));
      setRevision(null);
      await load();
      setNotice({ kind: 'ok', key: 'notice.discarded' });
    });
  const onDecide = (decision: 'approve' | 'reject', comment: string) =>
    run(async () => {
      const decided = await editorApi.review(revision!.id, decision, comment);
      setRevision(decided);
      setNotice({ kind: 'ok', key: decision === 'approve' ? 'notice.published' : 'notice.rejected' });
      if (decision === 'approve') setGuide(await editorApi.guide(props.slug));
    });
  const onRestore = (revisionId: string | null, reason: string) =>
    run(async () => {
      const restored = await editorApi.restore(props.slug, revisionId, reason);
      setNotice({
        kind: 'ok',
        key: restored.status === 'published' ? 'notice.restored' : 'notice.restoreSent',
      });
      setGuide(await editorApi.guide(props.slug));
    });

  function onKey(e: KeyboardEvent) {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && mineOpen && view === 'edit') {
      e.preventDefault();
      void onSave();
    }
  }

  if (missing) {
    return (
      <div class="ed-page">
        <p class="ed-empty">{tx('guide.missing')}</p>
        <a href={editorHref()}>{tx('guide.back')}</a>
      </div>
    );
  }
  if (!guide) return <div class="ed-page" aria-busy="true" />;
  const title = guide.title[uiLang];
  const overdue = reviewOverdue(guide.lastReviewed);

  return (
    <div class="ed-page" onKeyDown={onKey}>
      <header class="ed-head">
        <div class="ed-head-main">
          <nav aria-label={tx('guide.breadcrumb')} class="ed-crumbs small">
            <a href={editorHref()}>{tx('home.title')}</a> <span aria-hidden="true">›</span>{' '}
            <span>{guide.slug}</span>
          </nav>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <p class="ed-meta small">
            <StatusBadge
              status={revision ? revision.status : guide.publishedRevisionId ? 'published' : 'file'}
            />
            <span class={overdue ? 'ed-overdue' : ''}>
              {tx(overdue ? 'guide.reviewOverdue' : 'guide.reviewed', {
                date: day(guide.lastReviewed, uiLang),
              })}
            </span>
            {revision ? <span>{tx('guide.revisionBy', { name: revision.author.name })}</span> : null}
            {revision?.reviewComment && revision.status === 'rejected' ? (
              <span class="ed-rejected">
                {tx('guide.rejectedBecause', { comment: revision.reviewComment })}
              </span>
            ) : null}
          </p>
        </div>
        <div class="ed-views" role="group" aria-label={tx('guide.views')}>
          {(['edit', 'versions'] as const).map((v) => (
            <button
              key={v}
              type="button"
              class={`ed-seg-btn ${view === v ? 'on' : ''}`}
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {tx(`guide.view.${v}`)}
            </button>
          ))}
        </div>
      </header>
      {notice ? (
        <p class={`ed-notice ed-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {tx(notice.key)}
        </p>
      ) : null}

      {view === 'versions' ? (
        <Versions
          slug={props.slug}
          canPublishDirectly={props.user.canPublishDirectly}
          busy={busy}
          onRestore={onRestore}
        />
      ) : (
        <>
          {reviewable ? <ReviewPanel revision={revision} busy={busy} onDecide={onDecide} /> : null}
          <div class="ed-work">
            <SourcePane
              sources={sources}
              lang={lang}
              onLang={setLang}
              readOnly={!mineOpen}
              problems={problems}
              onChange={(l, text) => {
                setSources((s) => ({ ...s, [l]: text }));
                setDirty(true);
              }}
            />
            <PreviewPane preview={preview} stale={stale} mode={mode} onMode={setMode} busy={previewBusy} />
          </div>
          {mineOpen ? (
            <EditorActions
              label={tx('actions.label')}
              extra={<ExtraEditorActions slug={props.slug} lang={lang} />}
            >
              <label for="ed-note" class="ed-label-inline">
                {tx('actions.note')}
              </label>
              <input
                id="ed-note"
                class="ed-input ed-note-input"
                value={note}
                maxLength={500}
                placeholder={tx('actions.notePlaceholder')}
                onInput={(e) => {
                  setNote(e.currentTarget.value);
                  setDirty(true);
                }}
              />
              <button
                type="button"
                class="btn"
                disabled={busy}
                onClick={() => {
                  setSources((s) => ({
                    bg: markReviewed(s.bg, todayIso()),
                    en: markReviewed(s.en, todayIso()),
                  }));
                  setDirty(true);
                }}
              >
                {tx('actions.reviewedToday')}
              </button>
              <button
                type="button"
                class="btn"
                disabled={busy}
                onClick={() => void onSave()}
                aria-keyshortcuts="Control+S"
              >
                {tx('actions.save')}
                <kbd>Ctrl S</kbd>
              </button>
              <button
                type="button"
                class="btn btn-primary"
                disabled={busy || problems.length > 0}
                onClick={() => void onSubmit()}
              >
                {tx('actions.submit')}
              </button>
              {revision ? (
                <button
                  type="button"
                  class="btn-link danger"
                  disabled={busy}
                  onClick={() => void onDiscard()}
                >
                  {tx('actions.discard')}
                </button>
              ) : null}
              {dirty ? <span class="muted small">{tx('actions.unsaved')}</span> : null}
            </EditorActions>
          ) : !reviewable && revision ? (
            <p class="ed-readonly muted">{tx(`readonly.${revision.status}` as EditorKey)}</p>
          ) : null}
        </>
      )}
    </div>
  );
}
