import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScreenContext } from '../context.ts';
import type { SearchHit } from '../data/catalog.ts';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard.tsx';
import type { LayoutName } from '../keyboard/layouts.ts';

/** Search with suggestions as you type, from the server or the device's snapshot. */
export function Search({ ctx }: { ctx: ScreenContext }) {
  const { t, lang, catalog, go, track } = ctx;
  const [query, setQuery] = useState('');
  const [layout, setLayout] = useState<LayoutName>(lang === 'bg' ? 'cyrillic' : 'latin');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const tracked = useRef('');

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setHits(null);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      catalog.search(q, lang).then(
        (found) => current && setHits(found),
        () => current && setHits([]),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, lang, catalog, ctx.online]);

  const submit = () => {
    const q = query.trim();
    if (q.length < 2 || tracked.current === q) return;
    tracked.current = q;
    track({ type: 'search', query: q, resultCount: hits?.length ?? 0 }, lang);
  };
  const open = (slug: string) => {
    submit();
    go({ name: 'guide', slug });
  };

  return (
    <main class="screen search" id="main">
      <h1>{t('search.title')}</h1>
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label for="search-input" class="label">
          {t('search.label')}
        </label>
        <input
          id="search-input"
          ref={input}
          class="search-input"
          type="text"
          inputMode="none"
          autoComplete="off"
          autoCorrect="off"
          spellcheck={false}
          placeholder={t('search.placeholder')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </form>
      <section class="suggestions" aria-live="polite" aria-label={t('search.suggestions')}>
        {!ctx.online && query.trim().length >= 2 && <p class="meta">{t('search.offline')}</p>}
        {hits && hits.length === 0 && <p class="meta">{t('search.none')}</p>}
        {hits && hits.length > 0 && (
          <ul class="suggestion-list">
            {hits.slice(0, 6).map((h) => (
              <li key={h.slug}>
                <button type="button" class="suggestion" data-service={h.slug} onClick={() => open(h.slug)}>
                  {h.title}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <OnScreenKeyboard
        t={t}
        layout={layout}
        onLayout={setLayout}
        onKey={(k) => setQuery((q) => (q + k).slice(0, 100))}
        onBackspace={() => setQuery((q) => q.slice(0, -1))}
        onClear={() => setQuery('')}
        onSubmit={() => (hits?.[0] ? open(hits[0].slug) : submit())}
      />
    </main>
  );
}
