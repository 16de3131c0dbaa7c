import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeviceInfo, KioskLang } from '../../shared/kiosk-api.ts';
import { Dialog } from '../components/Dialog.tsx';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard.tsx';
import type { Fetch } from '../data/api-catalog.ts';
import type { Translate } from '../i18n.ts';
import type { LayoutName } from '../keyboard/layouts.ts';
import { PhoneHandoverQr } from '../phone/PhoneHandoverQr.tsx';
import { IdentityOnPhone } from '../phone/IdentityOnPhone.tsx';
import { createStaffChat, type Connect, type StaffChatState } from './staff-chat.ts';
import { WalkthroughChecklist } from './WalkthroughChecklist.tsx';

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
  const [state, setState] = useState<StaffChatState>({
    phase: 'connecting',
    messages: [],
    walkthroughs: [],
  });
  const [phone, setPhone] = useState(false);
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
  }, [state.messages.length, state.walkthroughs.length]);

  const send = async () => {
    if (await chat.current?.send(draft)) setDraft('');
  };
  const live = state.phase === 'waiting' || state.phase === 'connected';
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
          {live && !phone && (
            <button type="button" class="button" data-action="chat-phone" onClick={() => setPhone(true)}>
              {t('staff.phone')}
            </button>
          )}
          <button type="button" class="button" onClick={p.onClose}>
            {t('staff.end')}
          </button>
        </div>
        {state.identityLevel && !phone && (
          <IdentityOnPhone
            lang={p.lang}
            level={state.identityLevel}
            handover={() => chat.current!.handover()}
            t={t}
          />
        )}
        {phone && (
          <section class="chat-phone" aria-labelledby="chat-phone-title">
            <h3 id="chat-phone-title">{t('phone.title')}</h3>
            <p>{t('staff.phoneLead')}</p>
            <PhoneHandoverQr request={() => chat.current!.handover()} label={t('staff.phoneQr')} t={t} />
            <button type="button" class="button button-block" onClick={() => setPhone(false)}>
              {t('staff.phoneBack')}
            </button>
          </section>
        )}
        <div class="chat-body">
          <div class="chat-conversation">
            <p class={`chat-status chat-${state.phase}`} role="status">
              {status}
            </p>
            {state.phase === 'failed' && <p>{t('staff.counter')}</p>}
            <ol class="chat-log" ref={log} aria-live="polite" aria-label={t('staff.messages')}>
              {state.messages.map((m) => {
                const walkthrough = state.walkthroughs.find((w) => w.messageId === m.id);
                if (walkthrough)
                  return (
                    <li key={m.seq} class="chat-message chat-from-agent chat-walkthrough">
                      <WalkthroughChecklist
                        walkthrough={walkthrough}
                        onTick={(step, done) => void chat.current?.tick(walkthrough.id, step, done)}
                        t={t}
                      />
                    </li>
                  );
                return (
                  <li key={m.seq} class={`chat-message chat-from-${m.author}`}>
                    <span class="chat-author">
                      {m.author === 'citizen' ? t('staff.you') : t('staff.agent')}
                    </span>
                    {m.body}
                  </li>
                );
              })}
            </ol>
          </div>
          {live && !phone && (
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
