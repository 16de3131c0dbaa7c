import { QUEUE_VIEWS, type QueueCounts, type QueueItemDto } from '@hub/contract';
import { duration } from '../lib/format.ts';
import { useNames } from '../lib/names.ts';
import { useI18n, type MessageKey } from '../lib/i18n.ts';
import { Icon } from './Icon.tsx';
import type { useQueue } from '../lib/use-queue.ts';

export function QueuePanel(props: {
  queue: ReturnType<typeof useQueue>;
  selected: string | null;
  myId: string;
  onSelect(conversationId: string): void;
  onClaim(handoffId: string, conversationId: string): void;
}) {
  const { t } = useI18n();
  const { queue } = props;
  return (
    <aside class="queue" aria-label={t('nav.queue')}>
      <div class="views" role="tablist" aria-label={t('nav.queue')}>
        {QUEUE_VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`view-${v}`}
            aria-selected={queue.view === v}
            aria-controls="queue-list"
            class={`view ${queue.view === v ? 'view-on' : ''} ${v === 'unanswered' && queue.counts.unanswered ? 'view-alert' : ''}`}
            onClick={() => queue.setView(v)}
          >
            <span>{t(`view.${v}`)}</span>
            {v !== 'history' ? <span class="count">{queue.counts[v as keyof QueueCounts]}</span> : null}
          </button>
        ))}
      </div>
      <div id="queue-list" class="queue-list" role="tabpanel" aria-labelledby={`view-${queue.view}`}>
        <ul class="plain-list">
          {queue.items.length === 0 ? <li class="empty">{t('queue.empty')}</li> : null}
          {queue.items.map((item) => (
            <QueueCard key={item.handoffId} item={item} {...props} now={queue.now} />
          ))}
        </ul>
      </div>
    </aside>
  );
}

function QueueCard(props: {
  item: QueueItemDto;
  now: number;
  selected: string | null;
  myId: string;
  onSelect(conversationId: string): void;
  onClaim(handoffId: string, conversationId: string): void;
}) {
  const { t } = useI18n();
  const names = useNames();
  const { item } = props;
  const waiting = item.state === 'requested';
  // Server wait time at fetch + the time since, so the badge keeps counting between refreshes.
  const seconds = waiting
    ? item.waitSeconds + Math.max(0, (Date.now() - props.now) / 1000)
    : item.waitSeconds;
  const urgency = waiting ? (seconds > 300 ? 'late' : seconds > 120 ? 'slow' : 'ok') : 'none';
  const channelKey = `channel.${item.channel}` as MessageKey;
  return (
    <li
      class={`qcard ${waiting ? 'qcard-waiting' : ''} ${props.selected === item.conversationId ? 'qcard-on' : ''} urgency-${urgency}`}
    >
      <button
        type="button"
        class="qcard-main"
        onClick={() => props.onSelect(item.conversationId)}
        aria-current={props.selected === item.conversationId ? 'true' : undefined}
      >
        <span class="qcard-top">
          <span class="chip chip-channel">
            <Icon name={item.channel} size={12} /> {t(channelKey)}
          </span>
          <span class="chip">{item.lang.toUpperCase()}</span>
          {item.district ? <span class="chip">{names.district(item.district)}</span> : null}
          <span class={`wait wait-${urgency}`}>
            {waiting ? t('queue.waited', { time: duration(t, seconds) }) : (item.agentName ?? '')}
          </span>
        </span>
        <span class="qcard-title">
          {item.serviceSlug
            ? names.service(item.serviceSlug)
            : item.reason === 'failures'
              ? t('reason.failures')
              : t('context.none')}
        </span>
        {item.preview ? <span class="qcard-preview">{item.preview}</span> : null}
        <span class="qcard-tags">
          {item.reason === 'failures' && item.serviceSlug ? (
            <span class="tag tag-warn">{t('reason.failures')}</span>
          ) : null}
          {item.targetAgentId ? (
            <span class="tag tag-info">
              {item.targetAgentId === props.myId ? t('queue.forYou') : t('queue.forColleague')}
            </span>
          ) : null}
          {item.team ? <span class="tag">{t('queue.team', { team: names.district(item.team) })}</span> : null}
          {item.resolution ? (
            <span class="tag">{t(`resolution.${item.resolution}` as MessageKey)}</span>
          ) : null}
        </span>
      </button>
      {waiting ? (
        <button
          type="button"
          class="btn btn-primary btn-sm qcard-claim"
          onClick={() => props.onClaim(item.handoffId, item.conversationId)}
        >
          {t('queue.claim')}
        </button>
      ) : null}
    </li>
  );
}
