import type { EditorGuideSummary, EditorQueueDto, RevisionDto } from '@hub/contract';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { editorApi } from './api.ts';
import { day, reviewOverdue, when } from './format.ts';
import { editorHref } from './route.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { useEditorText } from './text.ts';

function RevisionList(props: { items: RevisionDto[]; empty: string; showAuthor: boolean }) {
  const { tx, lang } = useEditorText();
  if (!props.items.length) return <p class="muted">{props.empty}</p>;
  return (
    <ul class="ed-list">
      {props.items.map((r) => (
        <li key={r.id}>
          <a href={editorHref(r.slug, r.id)} class="ed-list-link">
            <strong>{r.title[lang] || r.slug}</strong>
            <StatusBadge status={r.status} />
          </a>
          <span class="muted small">
            {props.showAuthor
              ? tx('home.sentBy', { name: r.author.name, when: when(r.submittedAt ?? r.updatedAt, lang) })
              : tx('home.updated', { when: when(r.updatedAt, lang) })}
            {r.note ? ` · ${r.note}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The editor's start page: changes waiting for my review, my drafts, and every guide with its review date. */
export function EditorHome() {
  const { tx, lang } = useEditorText();
  const [queue, setQueue] = useState<EditorQueueDto | null>(null);
  const [guides, setGuides] = useState<EditorGuideSummary[] | null>(null);
  const [filter, setFilter] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void editorApi.queue().then(setQueue, () => setQueue({ review: [], mine: [] }));
    void editorApi.guides().then(
      (g) => setGuides(g.guides),
      () => setGuides([]),
    );
    heading.current?.focus();
  }, []);
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return (guides ?? [])
      .filter((g) => !overdueOnly || reviewOverdue(g.lastReviewed))
      .filter(
        (g) =>
          !q ||
          g.slug.includes(q) ||
          g.title.bg.toLowerCase().includes(q) ||
          g.title.en.toLowerCase().includes(q),
      )
      .sort((a, b) => a.title[lang].localeCompare(b.title[lang], lang));
  }, [guides, filter, overdueOnly, lang]);
  const overdueCount = (guides ?? []).filter((g) => reviewOverdue(g.lastReviewed)).length;

  return (
    <div class="ed-page ed-home">
      <header class="ed-head">
        <div class="ed-head-main">
          <h1 ref={heading} tabIndex={-1}>
            {tx('home.title')}
          </h1>
          <p class="muted">{tx('home.lead')}</p>
        </div>
      </header>
      <div class="ed-home-grid">
        <section class="ed-card" aria-labelledby="ed-review-queue">
          <h2 id="ed-review-queue">
            {tx('home.review')}{' '}
            {queue?.review.length ? <span class="ed-count">{queue.review.length}</span> : null}
          </h2>
          {queue ? <RevisionList items={queue.review} empty={tx('home.reviewEmpty')} showAuthor /> : null}
        </section>
        <section class="ed-card" aria-labelledby="ed-mine">
          <h2 id="ed-mine">{tx('home.mine')}</h2>
          {queue ? <RevisionList items={queue.mine} empty={tx('home.mineEmpty')} showAuthor={false} /> : null}
        </section>
      </div>
      <section class="ed-card" aria-labelledby="ed-guides">
        <div class="ed-guides-head">
          <h2 id="ed-guides">{tx('home.guides', { n: guides?.length ?? 0 })}</h2>
          <label class="ed-filter">
            <span>{tx('home.filter')}</span>
            <input
              type="search"
              class="ed-input"
              value={filter}
              onInput={(e) => setFilter(e.currentTarget.value)}
            />
          </label>
          <label class="ed-check">
            <input
              type="checkbox"
              checked={overdueOnly}
              onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
            />
            {tx('home.overdueOnly', { n: overdueCount })}
          </label>
        </div>
        <table class="table ed-table">
          <thead>
            <tr>
              <th scope="col">{tx('home.colGuide')}</th>
              <th scope="col">{tx('home.colReviewed')}</th>
              <th scope="col">{tx('home.colSource')}</th>
              <th scope="col">{tx('home.colOpen')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((g) => (
              <tr key={g.slug}>
                <td>
                  <a href={editorHref(g.slug)}>{g.title[lang]}</a>
                  <span class="muted small ed-slug">{g.slug}</span>
                </td>
                <td class={reviewOverdue(g.lastReviewed) ? 'ed-overdue' : ''}>
                  {day(g.lastReviewed, lang)}
                  {reviewOverdue(g.lastReviewed) ? (
                    <span class="visually-hidden"> — {tx('home.overdue')}</span>
                  ) : null}
                </td>
                <td>
                  <StatusBadge status={g.publishedRevisionId ? 'published' : 'file'} />
                </td>
                <td>{g.openRevisions || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
