import type { ConversationDetailDto } from '@hub/contract';
import type { RefObject } from 'preact';
import { duration, prettySlug } from '../../lib/format.ts';
import { useNames } from '../../lib/names.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.ts';
import type { HubSocket } from '../../lib/socket.ts';
import { ShortcutList } from '../ShortcutHelp.tsx';
import { KnowledgePanel } from './KnowledgePanel.tsx';
import { Icon } from '../Icon.tsx';

/** Right column: who and where the citizen is, walkthrough progress, guides to send, internal notes. */
export function SidePanel(props: {
  socket: HubSocket;
  detail: ConversationDetailDto | null;
  mine: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  onNotice(kind: 'ok' | 'error', text: string): void;
}) {
  const { t } = useI18n();
  const names = useNames();
  const d = props.detail;
  return (
    <aside class="side" aria-label={t('context.title')}>
      {d ? (
        <section class="panel" aria-labelledby="ctx-title">
          <h2 id="ctx-title">{t('context.title')}</h2>
          <dl class="facts">
            <Fact label={t('context.channel')} value={t(`channel.${d.item.channel}` as MessageKey)} />
            <Fact label={t('context.language')} value={d.item.lang.toUpperCase()} />
            <Fact
              label={t('context.district')}
              value={names.district(d.item.district) || t('context.none')}
            />
            <Fact
              label={t('context.service')}
              value={names.service(d.item.serviceSlug) || t('context.none')}
            />
            {d.item.kioskLocation ? <Fact label={t('context.kiosk')} value={d.item.kioskLocation} /> : null}
            <Fact
              label={t('context.reason')}
              value={d.item.reason === 'failures' ? t('reason.failures') : t('reason.requested')}
            />
            <Fact label={t('context.wait')} value={duration(t, d.item.waitSeconds)} />
            {d.item.transfers ? (
              <Fact label={t('context.transfers')} value={String(d.item.transfers)} />
            ) : null}
          </dl>
        </section>
      ) : null}
      {d && d.walkthroughs.length ? <WalkthroughProgress detail={d} /> : null}
      {!d ? (
        <section class="panel" aria-labelledby="keys-title">
          <h2 id="keys-title">{t('shortcuts.title')}</h2>
          <ShortcutList />
        </section>
      ) : null}
      <KnowledgePanel
        socket={props.socket}
        detail={d}
        canSend={props.mine}
        searchRef={props.searchRef}
        onNotice={props.onNotice}
      />
      {d ? (
        <section class="panel notes" aria-labelledby="notes-title">
          <h2 id="notes-title" class="with-icon">
            <Icon name="lock" /> {t('notes.title')}
          </h2>
          {d.notes.length === 0 ? <p class="muted small">{t('notes.empty')}</p> : null}
          <ul>
            {d.notes.map((n) => (
              <li key={n.id} class={`note note-${n.kind}`}>
                <span class="note-meta">
                  {n.kind === 'transfer' ? `⇄ ${t('notes.transfer')} · ` : ''}
                  {n.authorName}
                </span>
                <span class="note-body">{n.body}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function WalkthroughProgress({ detail }: { detail: ConversationDetailDto }) {
  const { t } = useI18n();
  const w = detail.walkthroughs[detail.walkthroughs.length - 1]!;
  const content = detail.contents.find((c) => c.messageId === w.messageId)?.content;
  const steps = content && 'steps' in content.data ? content.data.steps : [];
  const pct = Math.round((100 * w.done.length) / w.stepCount);
  return (
    <section class="panel walk" aria-labelledby="walk-title" aria-live="polite">
      <h2 id="walk-title">
        {t('walk.title', {
          title: content && 'guideTitle' in content.data ? content.data.guideTitle : prettySlug(w.slug),
        })}
      </h2>
      <div
        class="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={w.stepCount}
        aria-valuenow={w.done.length}
        aria-label={t('walk.progress', { done: w.done.length, total: w.stepCount })}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
      <p class="walk-status">
        {w.current >= w.stepCount
          ? `✓ ${t('walk.finished')}`
          : `▶ ${t('walk.current', { n: w.current + 1 })}`}{' '}
        · {t('walk.progress', { done: w.done.length, total: w.stepCount })}
      </p>
      <ol class="walk-steps">
        {steps.map((s, i) => (
          <li key={i} class={w.done.includes(i) ? 'done' : w.current === i ? 'current' : ''}>
            <span aria-hidden="true">{w.done.includes(i) ? '☑' : w.current === i ? '▶' : '☐'}</span> {s.title}
          </li>
        ))}
      </ol>
    </section>
  );
}
