import type { PreviewResponseDto } from '@hub/contract';
import { ChatPreview } from './ChatPreview.tsx';
import { KioskPreview } from './KioskPreview.tsx';
import { useEditorText, type EditorKey } from './text.ts';

export type PreviewMode = 'web' | 'chat' | 'kiosk';
const MODES: PreviewMode[] = ['web', 'chat', 'kiosk'];

/** The draft as citizens will see it, rendered by the server with the surfaces' own code. */
export function PreviewPane(props: {
  preview: PreviewResponseDto | null;
  stale: boolean;
  mode: PreviewMode;
  onMode(mode: PreviewMode): void;
  busy: boolean;
}) {
  const { tx } = useEditorText();
  const { preview } = props;
  return (
    <section class="ed-preview" aria-labelledby="ed-preview-title">
      <div class="ed-pane-head">
        <h2 id="ed-preview-title">{tx('preview.title')}</h2>
        <div class="ed-seg" role="group" aria-label={tx('preview.modes')}>
          {MODES.map((m) => (
            <button
              key={m}
              type="button"
              class={`ed-seg-btn ${props.mode === m ? 'on' : ''}`}
              aria-pressed={props.mode === m}
              onClick={() => props.onMode(m)}
            >
              {tx(`preview.${m}` as EditorKey)}
            </button>
          ))}
        </div>
        <span class="ed-live muted small" role="status">
          {props.busy ? tx('preview.updating') : tx('preview.live')}
        </span>
      </div>
      {props.stale && preview?.web ? (
        <p class="ed-stale small" role="status">
          {tx('preview.stale')}
        </p>
      ) : null}
      {/* Focusable so that keyboard users can scroll the preview. */}
      <div
        class={`ed-preview-body ed-preview-${props.mode}`}
        tabIndex={0}
        role="region"
        aria-label={tx(`preview.${props.mode}` as EditorKey)}
      >
        {!preview ? null : !preview.web ? (
          <p class="ed-empty">{tx('preview.unavailable')}</p>
        ) : props.mode === 'web' ? (
          <iframe
            class="ed-web"
            title={tx('preview.webFrame')}
            sandbox="allow-same-origin"
            srcdoc={preview.web}
          />
        ) : props.mode === 'chat' ? (
          preview.chat ? (
            <ChatPreview content={preview.chat} />
          ) : null
        ) : preview.kiosk ? (
          <KioskPreview guide={preview.kiosk} />
        ) : null}
      </div>
    </section>
  );
}
