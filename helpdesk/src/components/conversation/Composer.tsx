import type { CannedReplyDto, MessageDto } from '@hub/contract';
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../lib/api.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.ts';
import { AckFailure, call, type HubSocket } from '../../lib/socket.ts';
import { Icon } from '../Icon.tsx';

const newId = () => `hd-${crypto.randomUUID()}`;

/** Reply or internal note. Replies that ask for secrets come back blocked with the reason shown here. */
export function Composer(props: {
  socket: HubSocket;
  conversationId: string;
  citizenLang: string;
  canReply: boolean;
  agentName: string;
  composerRef: RefObject<HTMLTextAreaElement | null>;
  onSent(message?: MessageDto): void;
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'reply' | 'note'>(props.canReply ? 'reply' : 'note');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [canned, setCanned] = useState<CannedReplyDto[]>([]);
  const lastTyping = useRef(0);

  // The citizen sees "typing…" (relayed by the conversation's typing event); at most one event per 4 s.
  function typing(on: boolean) {
    if (mode !== 'reply' || !props.canReply) return;
    const now = Date.now();
    if (on && now - lastTyping.current < 4000) return;
    lastTyping.current = on ? now : 0;
    props.socket.emit('typing', { conversationId: props.conversationId, typing: on }, () => undefined);
  }

  useEffect(() => {
    void api.canned(props.citizenLang).then(
      (r) => setCanned(r.replies),
      () => setCanned([]),
    );
  }, [props.citizenLang]);
  useEffect(() => {
    if (!props.canReply) setMode('note');
  }, [props.canReply]);
  useEffect(() => {
    const onBlocked = (b: { conversationId: string; rule: string }) => {
      if (b.conversationId === props.conversationId) setError(t(`composer.blocked.${b.rule}` as MessageKey));
    };
    props.socket.on('reply.blocked', onBlocked);
    return () => props.socket.off('reply.blocked', onBlocked);
  }, [props.socket, props.conversationId, t]);

  async function submit() {
    const body = text.trim();
    if (!body || busy) return;
    setBusy(true);
    setError(null);
    try {
      setText('');
      if (mode === 'note') {
        await call(props.socket, 'helpdesk.note.add', { conversationId: props.conversationId, body });
        props.onSent();
      } else {
        typing(false);
        const sent = await call(props.socket, 'message.send', {
          conversationId: props.conversationId,
          clientMessageId: newId(),
          body,
        });
        props.onSent(sent.message);
      }
    } catch (e) {
      // A blocked reply: the reason arrives as reply.blocked; keep the text so the agent can rephrase.
      setText(body);
      if (!(e instanceof AckFailure && e.detail.startsWith('blocked'))) setError(t('composer.failed'));
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (e.altKey && e.key.toLowerCase() === 'n' && props.canReply) {
      e.preventDefault();
      setMode((m) => (m === 'note' ? 'reply' : 'note'));
    }
  }

  const id = `composer-${mode}`;
  return (
    <form
      class={`composer composer-${mode}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div class="composer-bar">
        <div class="segmented" role="group" aria-label={t('composer.label')}>
          <button
            type="button"
            aria-pressed={mode === 'reply'}
            disabled={!props.canReply}
            onClick={() => setMode('reply')}
          >
            {t('composer.modeReply')}
          </button>
          <button type="button" aria-pressed={mode === 'note'} onClick={() => setMode('note')}>
            {t('composer.modeNote')}
          </button>
        </div>
        {mode === 'reply' && canned.length ? (
          <div class="canned">
            <label for="canned-select" class="visually-hidden">
              {t('composer.canned')}
            </label>
            <select
              id="canned-select"
              value=""
              onChange={(e) => {
                const reply = canned.find((c) => c.id === e.currentTarget.value);
                if (reply) setText((s) => (s ? `${s} ` : '') + reply.body.replace('{name}', props.agentName));
                props.composerRef.current?.focus();
              }}
            >
              <option value="">{t('composer.canned')}</option>
              {canned.map((c) => (
                <option key={c.id} value={c.id}>
                  /{c.shortcut} — {c.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <label for={id} class="visually-hidden">
        {mode === 'note' ? t('composer.noteLabel') : t('composer.label')}
      </label>
      {mode === 'note' ? (
        <p class="note-hint">
          <Icon name="lock" size={13} /> {t('composer.noteLabel')}
        </p>
      ) : null}
      <textarea
        id={id}
        ref={props.composerRef}
        rows={3}
        value={text}
        placeholder={mode === 'note' ? t('composer.notePlaceholder') : t('composer.placeholder')}
        onInput={(e) => {
          setText(e.currentTarget.value);
          typing(true);
        }}
        onKeyDown={onKeyDown}
        aria-describedby={error ? 'composer-error' : undefined}
      />
      {error ? (
        <p id="composer-error" class="composer-error" role="alert">
          <Icon name="warn" /> {error}
        </p>
      ) : null}
      <div class="composer-actions">
        <button
          class={`btn ${mode === 'note' ? 'btn-note' : 'btn-primary'}`}
          type="submit"
          disabled={busy || !text.trim()}
        >
          {mode === 'note' ? t('composer.addNote') : t('composer.send')}
        </button>
      </div>
    </form>
  );
}
