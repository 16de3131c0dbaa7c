import type { TrainingScenarioDto, TrainingSessionDto } from '@hub/contract';
import { useI18n, type MessageKey } from '../../lib/i18n.ts';
import { useNames } from '../../lib/names.ts';
import { TrainingHistory } from './TrainingHistory.tsx';

export function ScoreCard(props: {
  session: TrainingSessionDto;
  scenario: TrainingScenarioDto;
  supervisor: boolean;
  onAgain(): void;
}) {
  const { t, lang } = useI18n();
  const names = useNames();
  const d = props.session.detail;
  const score = props.session.score ?? 0;
  const r = 54;
  const c = 2 * Math.PI * r;
  return (
    <section class="card score-card" aria-labelledby="score-title">
      <div class="score-head">
        <svg viewBox="0 0 140 140" class="score-ring" role="img" aria-label={t('training.score', { score })}>
          <circle cx={70} cy={70} r={r} class="donut-track" />
          <circle
            cx={70}
            cy={70}
            r={r}
            fill="none"
            class={`ring ring-${score >= 75 ? 'good' : score >= 50 ? 'ok' : 'low'}`}
            stroke-width={14}
            stroke-dasharray={`${(score / 100) * c} ${c}`}
            transform="rotate(-90 70 70)"
            stroke-linecap="round"
          />
          <text x={70} y={78} text-anchor="middle" class="score-number">
            {score}
          </text>
        </svg>
        <div>
          <h2 id="score-title">{t('training.score', { score })}</h2>
          <p class="muted">{props.scenario.title[lang]}</p>
          {d?.firstReplySeconds !== null && d?.firstReplySeconds !== undefined ? (
            <p class="small">{t('training.firstReply', { seconds: d.firstReplySeconds })}</p>
          ) : null}
          {d ? (
            <p class="small">
              {t('training.expected', { guides: d.expectedGuides.map((g) => names.service(g)).join(' / ') })}
            </p>
          ) : null}
        </div>
      </div>
      {d ? (
        <div class="score-parts">
          {d.parts.map((p) => (
            <div key={p.key} class="score-part">
              <span>{t(`training.part.${p.key}` as MessageKey)}</span>
              <span class="score-bar" aria-hidden="true">
                <span
                  class={`score-fill score-${p.points >= 20 ? 'good' : p.points >= 12 ? 'ok' : 'low'}`}
                  style={{ width: `${(100 * p.points) / p.max}%` }}
                />
              </span>
              <strong>
                {p.points}/{p.max}
              </strong>
            </div>
          ))}
          <ul class="tone-list">
            {d.tone.map((x) => (
              <li key={x.key} class={x.ok ? 'ok' : 'miss'}>
                <span aria-hidden="true">{x.ok ? '✓' : '✗'}</span> {t(`training.tone.${x.key}` as MessageKey)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="button" class="btn btn-primary" onClick={props.onAgain}>
        {t('training.again')}
      </button>
      {props.supervisor ? (
        <div class="score-history">
          <h3>{t('training.history')}</h3>
          <TrainingHistory />
        </div>
      ) : null}
    </section>
  );
}
