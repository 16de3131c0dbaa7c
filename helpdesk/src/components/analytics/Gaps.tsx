import { GAP_TASK_TYPES, type GapGroupDto, type GapTaskDto } from '@hub/contract';
import { useState } from 'preact/hooks';
import { editorHref, insightsApi } from './api.ts';
import { RateBars } from './charts.tsx';
import { LoadState, useLoad } from './load.tsx';
import { formatDate, formatNumber, useAnalyticsText } from './texts.ts';

const PERIODS = [7, 28, 90];

/** The knowledge-gap loop: groups of poorly answered questions → tasks → answer rate before and after. */
export function Gaps({ canEdit }: { canEdit: boolean }) {
  const { at } = useAnalyticsText();
  const [days, setDays] = useState(28);
  const [version, setVersion] = useState(0);
  const { data, failed, retry } = useLoad(() => insightsApi.gaps(days), [days, version]);
  const reload = () => setVersion((v) => v + 1);
  const max = Math.max(1, ...(data?.groups.map((g) => g.volume) ?? []));

  return (
    <>
      <div class="an-toolbar">
        <p class="an-lead">{at('gaps.lead')}</p>
        <div class="field">
          <label for="gap-days">{at('gaps.period')}</label>
          <select id="gap-days" value={days} onChange={(e) => setDays(Number(e.currentTarget.value))}>
            {PERIODS.map((d) => (
              <option key={d} value={d}>
                {at('filter.days', { days: d })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <LoadState failed={failed} loading={!data} retry={retry} />
      {data ? (
        <div class="an-gaps">
          <section aria-labelledby="gap-groups" class="an-gap-list">
            <h2 id="gap-groups" class="visually-hidden">
              {at('gaps.title')}
            </h2>
            {data.groups.length === 0 ? <p class="card muted">{at('gaps.none')}</p> : null}
            {data.groups.map((g) => (
              <GapCard key={g.key} group={g} max={max} canEdit={canEdit} onChanged={reload} />
            ))}
          </section>
          <section aria-labelledby="gap-tasks" class="card an-tasks">
            <h2 id="gap-tasks">{at('tasks.title')}</h2>
            {data.tasks.length === 0 ? <p class="muted">{at('tasks.none')}</p> : null}
            <ul>
              {data.tasks.map((t) => (
                <TaskItem key={t.id} task={t} canEdit={canEdit} onChanged={reload} />
              ))}
            </ul>
          </section>
        </div>
      ) : null}
    </>
  );
}

function GapCard({
  group,
  max,
  canEdit,
  onChanged,
}: {
  group: GapGroupDto;
  max: number;
  canEdit: boolean;
  onChanged(): void;
}) {
  const { at, lang } = useAnalyticsText();
  const [type, setType] = useState<GapTaskDto['type']>(group.likelyGuide ? 'alias' : 'new_guide');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  const id = `gap-${group.key.replace(/[^\w-]/g, '_')}`;
  async function create() {
    setBusy(true);
    setError(false);
    try {
      await insightsApi.createTask({
        groupKey: group.key,
        type,
        slug: type === 'new_guide' ? null : (group.likelyGuide?.slug ?? null),
        example: group.examples[0] ?? group.key,
        volume: group.volume,
      });
      onChanged();
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <article class="card an-gap" aria-labelledby={`${id}-h`}>
      <header class="an-gap-head">
        <h3 id={`${id}-h`}>„{group.examples[0]}“</h3>
        <span class="an-volume">
          <span class="an-volume-track" aria-hidden="true">
            <span style={{ width: `${(100 * group.volume) / max}%` }} />
          </span>
          <strong>{at('gaps.volume', { n: formatNumber(group.volume, lang) })}</strong>
          {group.poorlyRated ? (
            <span class="pill pill-warn">{at('gaps.poorly', { n: group.poorlyRated })}</span>
          ) : null}
        </span>
      </header>
      {group.examples.length > 1 ? (
        <div class="an-examples">
          <span class="muted small">{at('gaps.examples')}:</span>
          <ul>
            {group.examples.slice(1).map((e) => (
              <li key={e}>„{e}“</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="small">
        <span class="muted">{at('gaps.likely')}: </span>
        {group.likelyGuide ? (
          <>
            <a href={editorHref(group.likelyGuide.slug)}>{group.likelyGuide.title}</a>{' '}
            <span class="pill">{at(`gaps.match.${group.likelyGuide.match}`)}</span>
          </>
        ) : (
          at('gaps.nolikely')
        )}
      </p>
      {group.task ? (
        <p class="small">
          <span class={`pill pill-${group.task.status}`}>
            {at(`task.${group.task.type}`)} · {at(`task.status.${group.task.status}`)}
          </span>
        </p>
      ) : canEdit ? (
        <div class="an-make-task">
          <label for={`${id}-type`}>{at('gaps.taskType')}</label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as GapTaskDto['type'])}
          >
            {GAP_TASK_TYPES.filter((t) => t === 'new_guide' || group.likelyGuide).map((t) => (
              <option key={t} value={t}>
                {at(`task.${t}`)}
              </option>
            ))}
          </select>
          <button type="button" class="btn" disabled={busy} onClick={() => void create()}>
            {at('gaps.create')}
          </button>
          {error ? (
            <span role="alert" class="small error-text">
              {at('failed')}
            </span>
          ) : null}
        </div>
      ) : (
        <p class="muted small">{at('gaps.editorOnly')}</p>
      )}
    </article>
  );
}

function TaskItem({ task, canEdit, onChanged }: { task: GapTaskDto; canEdit: boolean; onChanged(): void }) {
  const { at, lang } = useAnalyticsText();
  const toggle = async () => {
    await insightsApi
      .setTaskStatus(task.id, task.status === 'closed' ? 'open' : 'closed')
      .catch(() => undefined);
    onChanged();
  };
  return (
    <li class="an-task">
      <div class="an-service-head">
        <span>
          <strong>{at(`task.${task.type}`)}</strong> — „{task.example}“
        </span>
        <span class={`pill pill-${task.status}`}>{at(`task.status.${task.status}`)}</span>
      </div>
      <p class="small muted">
        {task.guideChangedAt
          ? at('tasks.changedAt', { date: formatDate(task.guideChangedAt, lang) })
          : at('tasks.waiting')}
      </p>
      {task.answerRate ? <RateBars before={task.answerRate.before} after={task.answerRate.after} /> : null}
      <p class="an-task-actions">
        {task.slug ? (
          <a class="btn-ghost" href={editorHref(task.slug)}>
            {at('editor.open')}
          </a>
        ) : null}
        {canEdit ? (
          <button type="button" class="btn-ghost" onClick={() => void toggle()}>
            {task.status === 'closed' ? at('tasks.reopen') : at('tasks.close')}
          </button>
        ) : null}
      </p>
    </li>
  );
}
