import type { StaffSessionDto } from '@hub/contract';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../lib/i18n.ts';
import { connectSocket } from '../lib/socket.ts';
import { QueueWorkspace } from './QueueWorkspace.tsx';
import { Analytics, canSeeInsights } from './analytics/Analytics.tsx';
import { Supervisor } from './supervisor/Supervisor.tsx';
import { TopBar, type Tab } from './TopBar.tsx';
import { Training } from './training/Training.tsx';
import { EditorWorkspace, canUseEditor, useEditorRoute } from './editor/index.ts';
import { NamesContext, useLoadNames } from '../lib/names.ts';

export function Console({ session, onLogout }: { session: StaffSessionDto; onLogout(): void }) {
  const { t, lang } = useI18n();
  const names = useLoadNames(lang);
  const socket = useMemo(() => connectSocket(), []);
  const [connected, setConnected] = useState(socket.connected);
  const [tab, setTab] = useState<Tab>('queue');
  useEffect(() => {
    const up = () => setConnected(true);
    const down = () => setConnected(false);
    socket.on('connect', up);
    socket.on('disconnect', down);
    socket.on('connect_error', down);
    return () => {
      socket.disconnect();
    };
  }, [socket]);
  const supervisor = session.user.role === 'supervisor' || session.user.role === 'admin';
  // The guide editor has an address (#/editor/<slug>) so that other views can link to a guide.
  const editor = canUseEditor(session.user.role);
  const editorRoute = useEditorRoute();
  useEffect(() => {
    if (editorRoute && editor) setTab('editor');
    else setTab((current) => (current === 'editor' ? 'queue' : current));
  }, [editorRoute, editor]);
  const selectTab = (next: Tab) => {
    if (next === 'editor' && !editorRoute) location.hash = '#/editor';
    if (next !== 'editor' && editorRoute) history.pushState(null, '', location.pathname + location.search);
    setTab(next);
  };

  return (
    <NamesContext.Provider value={names}>
      <div class="shell">
        <a class="skip" href="#main">
          {t('app.skip')}
        </a>
        <TopBar
          socket={socket}
          session={session}
          tab={tab}
          onTab={selectTab}
          editor={editor}
          supervisor={supervisor}
          insights={canSeeInsights(session.user.role)}
          onLogout={onLogout}
        />
        {!connected ? (
          <p class="banner banner-warn" role="status">
            {t('error.offline')}
          </p>
        ) : null}
        {tab === 'queue' ? <QueueWorkspace socket={socket} session={session} /> : null}
        {tab === 'supervisor' && supervisor ? <Supervisor socket={socket} /> : null}
        {tab === 'training' ? <Training socket={socket} supervisor={supervisor} /> : null}
        {tab === 'editor' && editor && editorRoute ? (
          <EditorWorkspace route={editorRoute} session={session} />
        ) : null}
        {tab === 'analytics' && canSeeInsights(session.user.role) ? <Analytics session={session} /> : null}
      </div>
    </NamesContext.Provider>
  );
}
