import type { AgentDto, Presence, StaffSessionDto } from '@hub/contract';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../lib/i18n.ts';
import { call, type HubSocket } from '../lib/socket.ts';

export type Tab = 'queue' | 'supervisor' | 'training' | 'analytics' | 'editor';

export function TopBar(props: {
  socket: HubSocket;
  session: StaffSessionDto;
  tab: Tab;
  onTab(tab: Tab): void;
  supervisor: boolean;
  /** Shows the guide editor's tab (editors, supervisors, admins). */
  editor?: boolean;
  /** Supervisors, editors and admins see the insights tab. */
  insights?: boolean;
  onLogout(): void;
}) {
  const { t, lang, setLang } = useI18n();
  const [me, setMe] = useState<AgentDto | null>(null);
  useEffect(() => {
    const onPresence = (a: AgentDto) => {
      if (a.id === props.session.user.id) setMe(a);
    };
    props.socket.on('presence.changed', onPresence);
    return () => props.socket.off('presence.changed', onPresence);
  }, [props.socket, props.session.user.id]);

  async function setPresence(status: Presence) {
    setMe((await call(props.socket, 'helpdesk.presence.set', { status })).agent);
  }
  const tabs: Tab[] = props.supervisor ? ['queue', 'supervisor', 'training'] : ['queue', 'training'];
  if (props.editor) tabs.push('editor');
  if (props.insights) tabs.push('analytics');
  const status = me?.status ?? 'available';

  return (
    <header class="topbar">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true">
          С
        </span>
        <span class="brand-name">{t('app.title')}</span>
      </div>
      <nav aria-label={t('app.title')} class="tabs">
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            class={`tab ${props.tab === tab ? 'tab-on' : ''}`}
            aria-current={props.tab === tab ? 'page' : undefined}
            onClick={() => props.onTab(tab)}
          >
            {t(`nav.${tab}`)}
          </button>
        ))}
      </nav>
      <div class="topbar-right">
        <div class="presence" role="group" aria-label={t('presence.label')}>
          {(['available', 'away'] as const).map((s) => (
            <button
              key={s}
              type="button"
              class={`presence-btn presence-${s} ${status === s ? 'on' : ''}`}
              aria-pressed={status === s}
              onClick={() => void setPresence(s)}
            >
              <span class="dot" aria-hidden="true" />
              {t(`presence.${s}`)}
            </button>
          ))}
        </div>
        {me ? <span class="load">{t('presence.load', { load: me.load, limit: me.limit })}</span> : null}
        <span class="user">{props.session.user.displayName}</span>
        <button
          type="button"
          class="btn-ghost"
          lang={lang === 'bg' ? 'en' : 'bg'}
          onClick={() => setLang(lang === 'bg' ? 'en' : 'bg')}
        >
          {t('nav.language')}
        </button>
        <button type="button" class="btn-ghost" onClick={props.onLogout}>
          {t('nav.logout')}
        </button>
      </div>
    </header>
  );
}
