import type { MessageContent } from '@hub/contract';
import { useEditorText } from './text.ts';

/** The bot's answer card drawn the way the chat widget draws it (title, text lines, buttons). */
export function ChatPreview({ content }: { content: MessageContent }) {
  const { tx } = useEditorText();
  return (
    <div class="ed-chat" aria-label={tx('preview.chat')}>
      <div class="ed-chat-head">
        <span class="ed-chat-avatar" aria-hidden="true">
          С
        </span>
        {tx('preview.chatTitle')}
      </div>
      <div class="ed-chat-body">
        {content.text ? <p class="ed-chat-bubble">{content.text}</p> : null}
        {(content.attachments ?? []).map((a, i) =>
          a.contentType === 'application/vnd.microsoft.card.hero' ? (
            <div key={i} class="ed-chat-card">
              {a.content.title ? <h3>{a.content.title}</h3> : null}
              {a.content.subtitle ? <p class="muted">{a.content.subtitle}</p> : null}
              {(a.content.text ?? '').split('\n\n').map((block, j) => (
                <p key={j}>
                  {block.split('\n').map((line, k) => (
                    <span key={k} class="ed-chat-line">
                      {line}
                    </span>
                  ))}
                </p>
              ))}
              <div class="ed-chat-actions">
                {(a.content.buttons ?? []).map((b, k) => (
                  <span key={k} class={b.type === 'openUrl' ? 'ed-chat-link' : 'ed-chat-button'}>
                    {b.title}
                  </span>
                ))}
              </div>
            </div>
          ) : null,
        )}
      </div>
    </div>
  );
}
