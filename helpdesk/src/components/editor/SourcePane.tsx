import type { GuideProblemDto, GuideSources } from '@hub/contract';
import { useRef } from 'preact/hooks';
import { lineOfField } from './format.ts';
import { useEditorText } from './text.ts';

type Lang = 'bg' | 'en';

/**
 * The two guide files (front-matter + Markdown) in language tabs, and under them the problems exactly as
 * `kb validate` prints them; "Show" selects the line of the field in question.
 */
export function SourcePane(props: {
  sources: GuideSources;
  lang: Lang;
  onLang(lang: Lang): void;
  onChange(lang: Lang, text: string): void;
  problems: GuideProblemDto[];
  readOnly: boolean;
}) {
  const { tx } = useEditorText();
  const area = useRef<HTMLTextAreaElement>(null);
  const count = (lang: Lang) => props.problems.filter((p) => p.lang === lang || p.lang === null).length;
  const shown = props.problems.filter((p) => p.lang === props.lang || p.lang === null);

  function show(problem: GuideProblemDto) {
    const lang = problem.lang ?? props.lang;
    if (lang !== props.lang) props.onLang(lang);
    requestAnimationFrame(() => {
      const el = area.current;
      if (!el) return;
      const lines = props.sources[lang].split('\n');
      const line = Math.max(0, lineOfField(props.sources[lang], problem.field));
      const start = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
      el.focus();
      el.setSelectionRange(start, start + (lines[line]?.length ?? 0));
      el.scrollTop = Math.max(0, line * 20 - el.clientHeight / 3);
    });
  }

  return (
    <section class="ed-source" aria-labelledby="ed-source-title">
      <div class="ed-pane-head">
        <h2 id="ed-source-title">{tx('source.title')}</h2>
        <div class="ed-langs" role="tablist" aria-label={tx('source.languages')}>
          {(['bg', 'en'] as const).map((lang) => (
            <button
              key={lang}
              type="button"
              role="tab"
              id={`ed-tab-${lang}`}
              aria-selected={props.lang === lang}
              aria-controls="ed-source-panel"
              tabIndex={props.lang === lang ? 0 : -1}
              class={`ed-lang ${props.lang === lang ? 'on' : ''}`}
              onClick={() => props.onLang(lang)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  e.preventDefault();
                  const next = lang === 'bg' ? 'en' : 'bg';
                  props.onLang(next);
                  document.getElementById(`ed-tab-${next}`)?.focus();
                }
              }}
            >
              {tx(`source.${lang}`)}
              {count(lang) ? (
                <span class="ed-count" aria-label={tx('source.problemCount', { n: count(lang) })}>
                  {count(lang)}
                </span>
              ) : null}
            </button>
          ))}
        </div>
      </div>
      <div
        id="ed-source-panel"
        role="tabpanel"
        aria-labelledby={`ed-tab-${props.lang}`}
        class="ed-source-panel"
      >
        <label class="visually-hidden" for="ed-text">
          {tx('source.label', { lang: tx(`source.${props.lang}`) })}
        </label>
        <textarea
          id="ed-text"
          ref={area}
          class="ed-text"
          spellcheck={false}
          lang={props.lang}
          readOnly={props.readOnly}
          value={props.sources[props.lang]}
          aria-describedby="ed-hint ed-problems-title"
          onInput={(e) => props.onChange(props.lang, e.currentTarget.value)}
        />
        <p id="ed-hint" class="muted small">
          {tx('source.hint')}
        </p>
      </div>
      <div class={`ed-problems ${shown.length ? 'has' : 'ok'}`} aria-live="polite">
        <h3 id="ed-problems-title">
          {props.problems.length ? tx('problems.title', { n: props.problems.length }) : tx('problems.none')}
        </h3>
        {shown.length ? (
          <ul>
            {shown.map((p, i) => (
              <li key={i}>
                <code class="ed-field">{p.field}</code> <span>{p.message}</span>{' '}
                <button type="button" class="btn-link small" onClick={() => show(p)}>
                  {tx('problems.show')}
                </button>
                <span class="ed-kbline">{p.line}</span>
              </li>
            ))}
          </ul>
        ) : props.problems.length ? (
          <p class="small">{tx('problems.otherLang')}</p>
        ) : null}
      </div>
    </section>
  );
}
