import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeviceInfo, KioskLang } from '../../shared/kiosk-api.ts';
import { Dialog } from '../components/Dialog.tsx';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard.tsx';
import type { Fetch } from '../data/api-catalog.ts';
import type { Translate } from '../i18n.ts';
import type { LayoutName } from '../keyboard/layouts.ts';
import { createStaffChat, type Connect, type StaffChatState } from './staff-chat.ts';

interface Props {
  device: DeviceInfo;
  lang: KioskLang;
  serviceSlug?: string;
  online: boolean;
  fetch: Fetch;
  connect: Connect;
  onClose(): void;
  t: Translate;
}

/** Chat with a member of staff, typed on the on-screen keyboard. Offline it says plainly what to do instead. */
export function StaffPanel(p: Props) {
  const { t } = p;
  if (!p.online)
    return (
      <Dialog id="staff" title={t('staff.title')}>
        <p>{t('staff.offline')}</p>
        <p>{t('staff.counter')}</p>
        <button type="button" class="button button-primary button-block" onClick={p.onClose}>
          {t('staff.close')}
        </button>
      </Dialog>
    );
  return <StaffChat {...p} />;
}

function StaffChat(p: Props) {
  const { t } = p;
  const [state, setState] = useState<StaffChatState>({ phase: 'connecting', messages: [] });
  const [draft, setDraft] = useState('');
  const [layout, setLayout] = useState<LayoutName>(p.lang === 'bg' ? 'cyrillic' : 'latin');
  const chat = useRef<ReturnType<typeof createStaffChat> | null>(null);
  const log = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const c = createStaffChat({
      device: p.device,
      lang: p.lang,
      serviceSlug: p.serviceSlug,
      fetch: p.fetch,
      connect: p.connect,
      onChange: setState,
    });
    chat.current = c;
    void c.start();
    return () => c.end();
  }, []);
  useEffect(() => {
    log.current?.lastElementChild?.scrollIntoView({ block: 'end' });
  }, [state.messages.length]);

  const send = async () => {
    if (await chat.current?.send(draft)) setDraft('');
  };
  const status = {
    connecting: t('staff.connecting'),
    waiting: t('staff.waiting'),
    connected: t('staff.connected'),
    failed: t('staff.failed'),
    closed: t('staff.closed'),
  }[state.phase];

  return (
    <div class="overlay">
      <div
        class="dialog dialog-chat"
        role="dialog"
        aria-modal="true"
        aria-labelledby="staff-title"
        id="staff"
      >
        <div class="chat-head">
          <h2 id="staff-title">{t('staff.title')}</h2>
          <button type="button" class="button" onClick={p.onClose}>
            {t('staff.end')}
          </button>
        </div>
        <div class="chat-body">
          <div class="chat-conversation">
            <p class={`chat-status chat-${state.phase}`} role="status">
              {status}
            </p>
            {state.phase === 'failed' && <p>{t('staff.counter')}</p>}
            <ol class="chat-log" ref={log} aria-live="polite" aria-label={t('staff.messages')}>
              {state.messages.map((m) => (
                <li key={m.seq} class={`chat-message chat-from-${m.author}`}>
                  <span class="chat-author">
                    {m.author === 'citizen' ? t('staff.you') : t('staff.agent')}
                  </span>
                  {m.body}
                </li>
              ))}
            </ol>
          </div>
          {(state.phase === 'waiting' || state.phase === 'connected') && (
            <div class="chat-compose">
              <label class="label" for="chat-input">
                {t('staff.message')}
              </label>
              <input
                id="chat-input"
                class="search-input"
                type="text"
                inputMode="none"
                autoComplete="off"
                value={draft}
                onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
              />
              <OnScreenKeyboard
                t={t}
                layout={layout}
                onLayout={setLayout}
                onKey={(k) => setDraft((d) => (d + k).slice(0, 500))}
                onBackspace={() => setDraft((d) => d.slice(0, -1))}
                onClear={() => setDraft('')}
                onSubmit={() => void send()}
                submitLabel={t('staff.send')}
              />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
