import type { TrainingScenarioDto, TrainingSessionDto } from '@hub/contract';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.ts';

/** Practice sessions (supervisors see everyone's), newest first, with the score as a bar. */
export function TrainingHistory({ refreshKey = 0 }: { refreshKey?: number }) {
  const { t, lang } = useI18n();
  const [sessions, setSessions] = useState<TrainingSessionDto[]>([]);
  const [scenarios, setScenarios] = useState<TrainingScenarioDto[]>([]);
  useEffect(() => {
    void api.trainingSessions().then(
      (r) => setSessions(r.sessions.filter((s) => s.finishedAt)),
      () => setSessions([]),
    );
    void api.scenarios().then(
      (r) => setScenarios(r.scenarios),
      () => setScenarios([]),
    );
  }, [refreshKey]);
  const title = (id: string) => scenarios.find((s) => s.id === id)?.title[lang] ?? id;
  if (!sessions.length) return <p class="muted">{t('sup.none')}</p>;
  return (
    <table class="table training-table">
      <caption class="visually-hidden">{t('training.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('training.trainee')}</th>
          <th scope="col">{t('training.scenario')}</th>
          <th scope="col">{t('training.when')}</th>
          <th scope="col">{t('training.result')}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id}>
            <td>{s.traineeName}</td>
            <td>{title(s.scenarioId)}</td>
            <td class="nowrap">
              {new Date(s.startedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'bg-BG', {
                dateStyle: 'short',
                timeStyle: 'short',
              })}
            </td>
            <td>
              <span class="score-cell">
                <span class="score-bar" aria-hidden="true">
                  <span
                    class={`score-fill score-${(s.score ?? 0) >= 75 ? 'good' : (s.score ?? 0) >= 50 ? 'ok' : 'low'}`}
                    style={{ width: `${s.score ?? 0}%` }}
                  />
                </span>
                <strong>{s.score ?? '—'}</strong>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
