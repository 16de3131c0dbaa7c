import type { AgentDto } from '@hub/contract';
import type { RefObject } from 'preact';
import { useNames } from '../../lib/names.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.ts';
import type { HubSocket } from '../../lib/socket.ts';
import type { useConversation } from '../../lib/use-conversation.ts';
import { CloseDialog } from './CloseDialog.tsx';
import { Composer } from './Composer.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import { Transcript } from './Transcript.tsx';
import { IdentityBadge } from '../identity/IdentityBadge.tsx';
import { Icon } from '../Icon.tsx';

export function ConversationView(props: {
  socket: HubSocket;
  conversation: ReturnType<typeof useConversation>;
  mine: boolean;
  agents: AgentDto[];
  myId: string;
  composerRef: RefObject<HTMLTextAreaElement | null>;
  dialog: 'transfer' | 'close' | null;
  onDialog(d: 'transfer' | 'close' | null): void;
  onNotice(kind: 'ok' | 'error', text: string): void;
  onDone(): void;
}) {
  const { t } = useI18n();
  const names = useNames();
  const { detail } = props.conversation;
  if (!detail) {
    return (
      <div class="empty-state">
        <div class="empty-illustration" aria-hidden="true">
          <Icon name="bubbles" size={56} />
        </div>
        <p>{t('conv.none')}</p>
        <p class="muted small">
          <kbd>Alt+C</kbd> {t('shortcuts.claim')} · <kbd>?</kbd> {t('shortcuts.help')}
        </p>
      </div>
    );
  }
  const item = detail.item;
  const closed = item.state === 'resolved' || item.state === 'cancelled';
  const agentName = props.agents.find((a) => a.id === props.myId)?.displayName ?? '';
  return (
    <section class="conversation" aria-labelledby="conv-title">
      <header class="conv-head">
        <div>
          <h1 id="conv-title">{item.serviceSlug ? names.service(item.serviceSlug) : t('reason.failures')}</h1>
          <p class="muted small">
            {t(`channel.${item.channel}` as MessageKey)} · {item.lang.toUpperCase()}
            {item.district ? ` · ${names.district(item.district)}` : ''}
            {item.agentName ? ` · ${item.agentName}` : ''}
          </p>
        </div>
        {props.mine ? (
          <div class="conv-actions">
            <button
              type="button"
              class="btn"
              onClick={() => props.onDialog('transfer')}
              aria-keyshortcuts="Alt+T"
            >
              <Icon name="transfer" /> {t('action.transfer')}
            </button>
            <button
              type="button"
              class="btn btn-success"
              onClick={() => props.onDialog('close')}
              aria-keyshortcuts="Alt+X"
            >
              <Icon name="check" /> {t('action.close')}
            </button>
          </div>
        ) : null}
      </header>
      {detail.personalData.length && !closed ? (
        <p class="banner banner-warn" role="alert">
          <Icon name="warn" />{' '}
          {t('conv.pdWarning', { kinds: detail.personalData.map((k) => k.toUpperCase()).join(', ') })}
        </p>
      ) : null}
      {closed ? (
        <p class="banner banner-info">{t('conv.closed')}</p>
      ) : !props.mine ? (
        <p class="banner banner-info">{t('conv.readonly')}</p>
      ) : null}
      <IdentityBadge
        socket={props.socket}
        conversationId={item.conversationId}
        canAsk={props.mine && !closed}
      />
      <Transcript detail={detail} typing={props.conversation.typing} readSeq={props.conversation.readSeq} />
      {!closed ? (
        <Composer
          socket={props.socket}
          conversationId={item.conversationId}
          citizenLang={item.lang}
          canReply={props.mine}
          agentName={agentName}
          composerRef={props.composerRef}
          onSent={(m) => m && props.conversation.addMessage(m)}
        />
      ) : null}
      {props.dialog === 'transfer' ? (
        <TransferDialog
          socket={props.socket}
          item={item}
          agents={props.agents.filter((a) => a.id !== props.myId)}
          onClose={() => props.onDialog(null)}
          onDone={() => {
            props.onDialog(null);
            props.onNotice('ok', t('transfer.done'));
            props.onDone();
          }}
        />
      ) : null}
      {props.dialog === 'close' ? (
        <CloseDialog
          socket={props.socket}
          conversationId={item.conversationId}
          onClose={() => props.onDialog(null)}
          onDone={() => {
            props.onDialog(null);
            props.onNotice('ok', t('close.done'));
            void props.conversation.reload();
          }}
        />
      ) : null}
    </section>
  );
}
