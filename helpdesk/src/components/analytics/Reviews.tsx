import { editorHref, insightsApi } from './api.ts';
import { LoadState, useLoad } from './load.tsx';
import { formatDate, useAnalyticsText } from './texts.ts';

/** Guides past their review date, longest overdue first, each a link into the editor. */
export function Reviews() {
  const { at, lang } = useAnalyticsText();
  const { data, failed, retry } = useLoad(() => insightsApi.reviews(lang), [lang]);
  if (!data) return <LoadState failed={failed} loading retry={retry} />;
  const max = Math.max(1, ...data.guides.map((g) => g.daysOverdue));
  return (
    <section class="card" aria-labelledby="rev-h">
      <h2 id="rev-h">{at('reviews.title')}</h2>
      <p class="muted">
        {at('reviews.lead', { months: data.intervalMonths })}{' '}
        {data.guides.length ? <strong>{at('reviews.count', { n: data.guides.length })}</strong> : null}
      </p>
      {data.guides.length === 0 ? (
        <p class="an-ok">{at('reviews.none')}</p>
      ) : (
        <ol class="an-reviews">
          {data.guides.map((g) => (
            <li key={g.slug}>
              <div class="an-service-head">
                <a href={editorHref(g.slug)}>{g.title}</a>
                <span class="small muted">
                  {at('reviews.last', { date: formatDate(g.lastReviewed, lang) })}
                </span>
              </div>
              <div class="an-overdue">
                <span class="an-overdue-track" aria-hidden="true">
                  <span style={{ width: `${(100 * g.daysOverdue) / max}%` }} />
                </span>
                <span class="small">
                  {at('reviews.overdue', { days: g.daysOverdue, date: formatDate(g.dueOn, lang) })}
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
