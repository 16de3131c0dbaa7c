import type { TrainingMessageDto, TrainingScenarioDto, TrainingSessionDto } from '@hub/contract';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api.ts';
import { useNames } from '../../lib/names.ts';
import { useI18n } from '../../lib/i18n.ts';
import { call, type HubSocket } from '../../lib/socket.ts';
import { PracticeChat } from './PracticeChat.tsx';
import { ScoreCard } from './ScoreCard.tsx';
import { TrainingHistory } from './TrainingHistory.tsx';
import { Icon } from '../Icon.tsx';

type Stage =
  | { kind: 'pick' }
  | {
      kind: 'chat';
      session: TrainingSessionDto;
      scenario: TrainingScenarioDto;
      messages: TrainingMessageDto[];
    }
  | { kind: 'score'; session: TrainingSessionDto; scenario: TrainingScenarioDto };

/** Practice in the real console UI with a simulated citizen; nothing reaches the real queue. */
export function Training({ socket, supervisor }: { socket: HubSocket; supervisor: boolean }) {
  const { t, lang } = useI18n();
  const names = useNames();
  const [scenarios, setScenarios] = useState<TrainingScenarioDto[]>([]);
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [finished, setFinished] = useState(0);
  useEffect(() => {
    void api.scenarios().then(
      (r) => setScenarios(r.scenarios),
      () => setScenarios([]),
    );
  }, []);

  async function start(scenarioId: string) {
    const started = await call(socket, 'training.start', { scenarioId });
    setStage({ kind: 'chat', ...started });
  }

  return (
    <main id="main" class="training" tabIndex={-1}>
      <header class="page-head">
        <div>
          <h1 class="with-icon">
            <Icon name="cap" size={22} /> {t('training.title')}
          </h1>
          <p class="muted">{t('training.intro')}</p>
        </div>
      </header>
      {stage.kind === 'pick' ? (
        <>
          <ul class="scenarios">
            {scenarios.map((s) => (
              <li key={s.id} class="scenario">
                <span class="eyebrow">
                  {names.category(s.category)} · {t('training.difficulty', { n: s.difficulty })}
                </span>
                <h2>{s.title[lang]}</h2>
                <p class="small">{s.brief[lang]}</p>
                <button
                  type="button"
                  class="btn btn-primary btn-sm"
                  onClick={() => void start(s.id)}
                  aria-label={`${t('training.start')}: ${s.title[lang]}`}
                >
                  {t('training.start')}
                </button>
              </li>
            ))}
          </ul>
          <section class="card" aria-labelledby="th-h">
            <h2 id="th-h">{t('training.history')}</h2>
            <TrainingHistory refreshKey={finished} />
          </section>
        </>
      ) : null}
      {stage.kind === 'chat' ? (
        <PracticeChat
          socket={socket}
          session={stage.session}
          scenario={stage.scenario}
          initial={stage.messages}
          onFinished={(session) => {
            setFinished((n) => n + 1);
            setStage({ kind: 'score', session, scenario: stage.scenario });
          }}
        />
      ) : null}
      {stage.kind === 'score' ? (
        <ScoreCard
          session={stage.session}
          scenario={stage.scenario}
          supervisor={supervisor}
          onAgain={() => setStage({ kind: 'pick' })}
        />
      ) : null}
    </main>
  );
}
