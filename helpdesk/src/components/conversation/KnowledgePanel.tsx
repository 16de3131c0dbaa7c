import type { ConversationDetailDto, SearchResponseDto, ServiceDetail } from '@hub/contract';
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.ts';
import { call, type HubSocket } from '../../lib/socket.ts';
import { Icon } from '../Icon.tsx';

/** The bot's own search; one click sends a card, a step, a video chapter or a step-by-step walkthrough. */
export function KnowledgePanel(props: {
  socket: HubSocket;
  detail: ConversationDetailDto | null;
  canSend: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  onNotice(kind: 'ok' | 'error', text: string): void;
}) {
  const { t } = useI18n();
  const lang = props.detail?.item.lang === 'en' ? 'en' : 'bg';
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResponseDto['results'] | null>(null);
  const [open, setOpen] = useState<ServiceDetail | null>(null);
  const suggested = props.detail?.item.serviceSlug ?? null;

  useEffect(() => {
    setOpen(null);
    setResults(null);
    if (suggested) void api.service(suggested, lang).then(setOpen, () => setOpen(null));
  }, [suggested, lang, props.detail?.item.conversationId]);

  async function search(e: Event) {
    e.preventDefault();
    if (!query.trim()) return;
    try {
      setResults((await api.search(query, lang)).results);
    } catch {
      setResults([]);
    }
  }

  async function send(kind: 'card' | 'step' | 'video', index = 0) {
    if (!props.detail || !open) return;
    try {
      await call(props.socket, 'helpdesk.guide.send', {
        conversationId: props.detail.item.conversationId,
        slug: open.slug,
        kind,
        index,
      });
      props.onNotice('ok', t('kb.sent'));
    } catch {
      props.onNotice('error', t('error.generic'));
    }
  }

  async function walkthrough() {
    if (!props.detail || !open) return;
    try {
      await call(props.socket, 'helpdesk.walkthrough.start', {
        conversationId: props.detail.item.conversationId,
        slug: open.slug,
      });
      props.onNotice('ok', t('kb.sent'));
    } catch {
      props.onNotice('error', t('error.generic'));
    }
  }

  return (
    <section class="panel kb" aria-labelledby="kb-title">
      <h2 id="kb-title" class="with-icon">
        <Icon name="book" /> {t('kb.title')}
      </h2>
      <form class="search" role="search" onSubmit={search}>
        <label for="kb-search" class="visually-hidden">
          {t('kb.search')}
        </label>
        <input
          id="kb-search"
          ref={props.searchRef}
          type="search"
          placeholder={t('kb.search')}
          value={query}
          aria-keyshortcuts="Alt+K"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-sm">
          {t('kb.searchButton')}
        </button>
      </form>
      {results ? (
        <ul class="results">
          {results.length === 0 ? <li class="muted small">{t('kb.noResults')}</li> : null}
          {results.map((r) => (
            <li key={r.slug}>
              <button
                type="button"
                class={`result ${open?.slug === r.slug ? 'result-on' : ''}`}
                onClick={() => void api.service(r.slug, lang).then(setOpen)}
              >
                <strong>{r.title}</strong>
                <span class="small muted">{r.snippet}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {open ? (
        <div class="guide">
          {open.slug === suggested ? <p class="eyebrow">{t('kb.suggested')}</p> : null}
          <h3>{open.title}</h3>
          <p class="small">{open.summary}</p>
          <div class="guide-actions">
            <button
              type="button"
              class="btn btn-sm"
              disabled={!props.canSend}
              onClick={() => void send('card')}
            >
              <Icon name="book" /> {t('kb.sendCard')}
            </button>
            <button
              type="button"
              class="btn btn-sm btn-primary"
              disabled={!props.canSend || open.steps.length === 0}
              onClick={() => void walkthrough()}
            >
              <Icon name="list" /> {t('kb.walkthrough')}
            </button>
          </div>
          {open.steps.length ? (
            <>
              <h4>{t('kb.steps')}</h4>
              <ol class="guide-steps">
                {open.steps.map((s, i) => (
                  <li key={i}>
                    <span>{s.title}</span>
                    <button
                      type="button"
                      class="btn-link small"
                      disabled={!props.canSend}
                      onClick={() => void send('step', i)}
                    >
                      {t('kb.sendStep', { n: i + 1 })}
                    </button>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {open.video ? (
            <>
              <h4 class="with-icon">
                <Icon name="play" /> {t('kb.video')}
              </h4>
              <div class="chapters">
                {open.video.chapters.map((c, i) => (
                  <button
                    key={i}
                    type="button"
                    class="chip-btn"
                    disabled={!props.canSend}
                    onClick={() => void send('video', i)}
                  >
                    {t('kb.sendChapter', { start: c.start })}
                  </button>
                ))}
              </div>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
