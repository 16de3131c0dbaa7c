import type {
  SearchResponseDto,
  TrainingMessageDto,
  TrainingScenarioDto,
  TrainingSessionDto,
} from '@hub/contract';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../lib/api.ts';
import { useNames } from '../../lib/names.ts';
import { clock } from '../../lib/format.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.ts';
import { call, type HubSocket } from '../../lib/socket.ts';
import { Icon } from '../Icon.tsx';

export function PracticeChat(props: {
  socket: HubSocket;
  session: TrainingSessionDto;
  scenario: TrainingScenarioDto;
  initial: TrainingMessageDto[];
  onFinished(session: TrainingSessionDto): void;
}) {
  const { t, lang } = useI18n();
  const names = useNames();
  const [messages, setMessages] = useState(props.initial);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResponseDto['results']>([]);
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => end.current?.scrollIntoView({ block: 'end' }), [messages.length]);

  // The simulated citizen "types" for a moment before the reply appears.
  function append(incoming: TrainingMessageDto[]) {
    const [now, later] = [
      incoming.filter((m) => m.author !== 'citizen'),
      incoming.filter((m) => m.author === 'citizen'),
    ];
    setMessages((m) => [...m, ...now]);
    if (later.length) setTimeout(() => setMessages((m) => [...m, ...later]), 700);
  }

  async function send(e: Event) {
    e.preventDefault();
    if (!text.trim()) return;
    const res = await call(props.socket, 'training.reply', {
      sessionId: props.session.id,
      body: text.trim(),
    });
    if (!res.blocked) setText('');
    append(res.messages);
  }

  async function sendGuide(slug: string) {
    append((await call(props.socket, 'training.guide', { sessionId: props.session.id, slug })).messages);
  }

  async function finish() {
    props.onFinished((await call(props.socket, 'training.finish', { sessionId: props.session.id })).session);
  }

  return (
    <div class="practice">
      <section class="conversation practice-chat" aria-labelledby="practice-title">
        <header class="conv-head">
          <div>
            <span class="eyebrow practice-badge">{t('training.practice')}</span>
            <h2 id="practice-title">{props.scenario.title[lang]}</h2>
            <p class="muted small">{props.scenario.brief[lang]}</p>
          </div>
          <button type="button" class="btn btn-success" onClick={() => void finish()}>
            {t('training.finish')}
          </button>
        </header>
        <ol class="transcript" aria-live="polite">
          {messages.map((m, i) => (
            <li key={i} class={`msg msg-${m.author === 'trainee' ? 'agent' : m.author}`}>
              <div class="msg-meta">
                <span class="msg-author">
                  {m.author === 'trainee'
                    ? t('conv.you')
                    : m.author === 'citizen'
                      ? t('conv.citizen')
                      : t('conv.system')}
                </span>
                <time dateTime={m.at}>{clock(m.at, lang)}</time>
              </div>
              <p class="msg-body">{describe(m.body, t, names.service)}</p>
            </li>
          ))}
          <li ref={end} aria-hidden="true" />
        </ol>
        <form class="composer" onSubmit={send}>
          <label for="practice-text" class="visually-hidden">
            {t('composer.label')}
          </label>
          <textarea
            id="practice-text"
            rows={3}
            value={text}
            placeholder={t('composer.placeholder')}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send(e);
            }}
          />
          <div class="composer-actions">
            <button type="submit" class="btn btn-primary" disabled={!text.trim()}>
              {t('composer.send')}
            </button>
          </div>
        </form>
      </section>
      <aside class="side">
        <section class="panel" aria-labelledby="tips-title">
          <h2 id="tips-title">{t('training.checklist')}</h2>
          <ul class="tips">
            <li>{t('training.part.speed')}</li>
            <li>
              {t('training.tone.greeting')} · {t('training.tone.formal')}
            </li>
            <li>{t('training.tone.empathy')}</li>
            <li>{t('training.part.guide')}</li>
            <li>{t('training.part.personal_data')}</li>
            <li>{t('training.tone.closing')}</li>
          </ul>
        </section>
        <section class="panel kb" aria-labelledby="pkb-title">
          <h2 id="pkb-title" class="with-icon">
            <Icon name="book" /> {t('kb.title')}
          </h2>
          <form
            class="search"
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              if (query.trim())
                void api.search(query, 'bg').then(
                  (r) => setResults(r.results),
                  () => setResults([]),
                );
            }}
          >
            <label for="pkb-search" class="visually-hidden">
              {t('kb.search')}
            </label>
            <input
              id="pkb-search"
              type="search"
              placeholder={t('kb.search')}
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            <button type="submit" class="btn btn-sm">
              {t('kb.searchButton')}
            </button>
          </form>
          <ul class="results">
            {results.map((r) => (
              <li key={r.slug} class="result-row">
                <span>
                  <strong>{r.title}</strong>
                </span>
                <button
                  type="button"
                  class="btn btn-sm"
                  onClick={() => void sendGuide(r.slug)}
                  aria-label={`${t('kb.sendCard')}: ${r.title}`}
                >
                  {t('kb.sendCard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </aside>
    </div>
  );
}

function describe(
  body: string,
  t: (k: MessageKey, v?: Record<string, string | number>) => string,
  service: (slug: string) => string,
): string {
  if (body.startsWith('blocked:'))
    return `${t('training.blocked', { rule: t(`composer.blocked.${body.slice(8)}` as MessageKey) })}`;
  if (body.startsWith('guide:')) return `${t('training.guideSent', { slug: service(body.slice(6)) })}`;
  return body;
}
