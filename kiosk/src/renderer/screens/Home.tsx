import type { ScreenContext } from '../context.ts';
import { LoadState } from '../components/LoadState.tsx';
import { useLoad } from '../use-load.ts';

export function Home({ ctx }: { ctx: ScreenContext }) {
  const { t, lang, catalog, go } = ctx;
  const [lists, retry] = useLoad(
    async () => ({ lifeEvents: await catalog.lifeEvents(), categories: await catalog.categories() }),
    [catalog, ctx.online],
  );
  return (
    <main class="screen home" id="main">
      <h1>{t('home.title')}</h1>
      <button type="button" class="search-launch" onClick={() => go({ name: 'search' })}>
        <span class="search-launch-label">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" stroke-width="3" />
            <path d="M15.5 15.5 22 22" stroke="currentColor" stroke-width="3.5" stroke-linecap="round" />
          </svg>
          {t('home.search')}
        </span>
        <span class="search-launch-hint">{t('home.search.hint')}</span>
      </button>
      <LoadState loaded={lists} retry={retry} t={t}>
        {({ lifeEvents, categories }) => (
          <>
            <h2>{t('home.lifeEvents')}</h2>
            <ul class="tiles tiles-life">
              {lifeEvents.map((e) => (
                <li key={e.slug}>
                  <button
                    type="button"
                    class="tile"
                    data-life-event={e.slug}
                    onClick={() =>
                      go({ name: 'list', kind: 'lifeEvent', slug: e.slug, title: e.title[lang] })
                    }
                  >
                    <span class="tile-title">{e.title[lang]}</span>
                  </button>
                </li>
              ))}
            </ul>
            <h2>{t('home.categories')}</h2>
            <ul class="tiles tiles-categories">
              {categories.map((c) => (
                <li key={c.slug}>
                  <button
                    type="button"
                    class="tile tile-quiet"
                    data-category={c.slug}
                    onClick={() => go({ name: 'list', kind: 'category', slug: c.slug, title: c.title[lang] })}
                  >
                    <span class="tile-title">{c.title[lang]}</span>
                    <span class="tile-meta">{t('home.services', { count: c.serviceCount })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </LoadState>
    </main>
  );
}
