import {
  maskPersonalData,
  SOFIA_CONTENT,
  type ConversationDetailDto,
  type HelpdeskContent,
  type MessageDto,
} from '@hub/contract';
import { useEffect, useRef } from 'preact/hooks';
import { clock } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.ts';
import { Icon } from '../Icon.tsx';

/** The chat as text only: bodies are rendered as text nodes, never as HTML. */
export function Transcript({
  detail,
  typing,
  readSeq,
}: {
  detail: ConversationDetailDto;
  typing: boolean;
  readSeq: number;
}) {
  const { t, lang } = useI18n();
  const end = useRef<HTMLLIElement>(null);
  const contents = new Map(detail.contents.map((c) => [c.messageId, c.content]));
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [detail.messages.length, typing]);
  const lastAgentSeq = [...detail.messages].reverse().find((m) => m.authorKind === 'agent')?.seq ?? 0;

  return (
    <ol class="transcript" aria-live="polite" aria-label={t('conv.citizen')}>
      {detail.messages.map((m) => (
        <MessageRow
          key={m.id}
          message={m}
          content={contents.get(m.id)}
          detail={detail}
          time={clock(m.createdAt, lang)}
          status={
            m.authorKind === 'agent' && m.seq === lastAgentSeq
              ? readSeq >= m.seq
                ? t('conv.read')
                : t('conv.delivered')
              : null
          }
        />
      ))}
      {typing ? (
        <li class="typing" role="status">
          {t('conv.typing')}
        </li>
      ) : null}
      <li ref={end} class="transcript-end" aria-hidden="true" />
    </ol>
  );
}

function MessageRow(props: {
  message: MessageDto;
  content: HelpdeskContent | undefined;
  detail: ConversationDetailDto;
  time: string;
  status: string | null;
}) {
  const { t } = useI18n();
  const m = props.message;
  // Citizens' personal numbers are never shown in the console, live or in history.
  const masked = m.authorKind === 'citizen' ? maskPersonalData(m.body) : null;
  const author = t(`conv.${m.authorKind}`);
  return (
    <li class={`msg msg-${m.authorKind}`}>
      <div class="msg-meta">
        <span class="msg-author">{author}</span>
        <time dateTime={m.createdAt}>{props.time}</time>
        {props.status ? <span class="msg-status">{props.status}</span> : null}
      </div>
      {props.content ? (
        <RichContent content={props.content} detail={props.detail} />
      ) : (
        <p class="msg-body">{masked ? masked.text : m.body}</p>
      )}
      {masked && masked.found.length ? (
        <p class="msg-masked">
          <Icon name="lock" size={12} /> {t('conv.masked')}
        </p>
      ) : null}
    </li>
  );
}

function RichContent({ content, detail }: { content: HelpdeskContent; detail: ConversationDetailDto }) {
  const { t } = useI18n();
  switch (content.contentType) {
    case SOFIA_CONTENT.guideCard:
      return (
        <div class="rich rich-card">
          <span class="rich-kind">
            <Icon name="book" size={13} /> {content.data.url}
          </span>
          <strong>{content.data.title}</strong>
          <span>{content.data.summary}</span>
        </div>
      );
    case SOFIA_CONTENT.guideStep:
      return (
        <div class="rich rich-step">
          <span class="rich-kind">
            {content.data.guideTitle} · {t('kb.sendStep', { n: content.data.index + 1 })}
          </span>
          <strong>{content.data.title}</strong>
          <span>{content.data.text}</span>
        </div>
      );
    case SOFIA_CONTENT.videoChapter:
      return (
        <div class="rich rich-video">
          <span class="rich-kind">
            <Icon name="play" size={13} /> {content.data.guideTitle}
          </span>
          <strong>{content.data.title}</strong>
        </div>
      );
    case SOFIA_CONTENT.walkthrough: {
      const w = detail.walkthroughs.find((x) => x.id === content.data.walkthroughId);
      return (
        <div class="rich rich-walk">
          <span class="rich-kind">{t('walk.title', { title: content.data.guideTitle })}</span>
          <ol class="walk-steps">
            {content.data.steps.map((s, i) => (
              <li key={i} class={w?.done.includes(i) ? 'done' : w?.current === i ? 'current' : ''}>
                <span aria-hidden="true">{w?.done.includes(i) ? '☑' : '☐'}</span> {s.title}
              </li>
            ))}
          </ol>
        </div>
      );
    }
    case SOFIA_CONTENT.csatRequest:
      return (
        <p class="msg-body">
          {detail.csat ? t('conv.csat', { rating: detail.csat }) : t('conv.csatWaiting')}
        </p>
      );
  }
}
