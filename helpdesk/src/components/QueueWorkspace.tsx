import type { StaffSessionDto } from '@hub/contract';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../lib/i18n.ts';
import { AckFailure, call, type HubSocket } from '../lib/socket.ts';
import { useConversation } from '../lib/use-conversation.ts';
import { useQueue } from '../lib/use-queue.ts';
import { useShortcuts } from '../lib/shortcuts.ts';
import { ConversationView } from './conversation/ConversationView.tsx';
import { SidePanel } from './conversation/SidePanel.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';

/** The everyday screen: queue on the left, the conversation in the middle, context and guides on the right. */
export function QueueWorkspace({ socket, session }: { socket: HubSocket; session: StaffSessionDto }) {
  const { t } = useI18n();
  const queue = useQueue(socket, session.user.id, t);
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [dialog, setDialog] = useState<'transfer' | 'close' | 'help' | null>(null);
  const conversation = useConversation(socket, selected);
  const searchRef = useRef<HTMLInputElement>(null);
  const composerRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice]);

  async function claim(handoffId: string, conversationId: string) {
    try {
      await call(socket, 'helpdesk.claim', { handoffId });
      setSelected(conversationId);
      queue.setView('active');
      await queue.refresh();
    } catch (error) {
      const code = error instanceof AckFailure ? error : null;
      const text =
        code?.code === 'conflict' && /colleague/.test(code.detail)
          ? t('queue.taken')
          : code?.detail.includes('available')
            ? t('queue.away')
            : code?.detail.includes('already have')
              ? t('queue.limit')
              : code?.code === 'forbidden'
                ? t('queue.forColleague')
                : t('error.generic');
      setNotice({ kind: 'error', text });
      await queue.refresh();
    }
  }

  const detail = conversation.detail;
  const mine = !!detail && detail.item.agentId === session.user.id && detail.item.state === 'accepted';

  useShortcuts({
    claimOldest: () => {
      const first = queue.items.find((i) => i.state === 'requested');
      if (first) void claim(first.handoffId, first.conversationId);
    },
    move: (step) => {
      const index = queue.items.findIndex((i) => i.conversationId === selected);
      const next = queue.items[Math.min(queue.items.length - 1, Math.max(0, index + step))];
      if (next) setSelected(next.conversationId);
    },
    focusSearch: () => searchRef.current?.focus(),
    focusComposer: () => composerRef.current?.focus(),
    transfer: () => mine && setDialog('transfer'),
    close: () => mine && setDialog('close'),
    help: () => setDialog('help'),
  });

  return (
    <div class="workspace">
      <QueuePanel
        queue={queue}
        selected={selected}
        myId={session.user.id}
        onSelect={setSelected}
        onClaim={claim}
      />
      <main id="main" class="conversation-pane" tabIndex={-1}>
        {notice ? (
          <p class={`toast toast-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </p>
        ) : null}
        <ConversationView
          socket={socket}
          conversation={conversation}
          mine={mine}
          agents={queue.agents}
          myId={session.user.id}
          composerRef={composerRef}
          dialog={dialog === 'transfer' || dialog === 'close' ? dialog : null}
          onDialog={setDialog}
          onNotice={(kind, text) => setNotice({ kind, text })}
          onDone={() => {
            setSelected(null);
            void queue.refresh();
          }}
        />
      </main>
      <SidePanel
        socket={socket}
        detail={detail}
        mine={mine}
        searchRef={searchRef}
        onNotice={(kind, text) => setNotice({ kind, text })}
      />
      {dialog === 'help' ? <ShortcutHelp onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
