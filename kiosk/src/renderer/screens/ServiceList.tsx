import type { ScreenContext } from '../context.ts';
import { LoadState } from '../components/LoadState.tsx';
import { useLoad } from '../use-load.ts';

export function ServiceList({
  ctx,
  kind,
  slug,
  title,
}: {
  ctx: ScreenContext;
  kind: 'lifeEvent' | 'category';
  slug: string;
  title: string;
}) {
  const { t, lang, catalog, go } = ctx;
  const [services, retry] = useLoad(
    () => catalog.services(kind === 'lifeEvent' ? { lifeEvent: slug } : { category: slug }, lang),
    [catalog, kind, slug, lang, ctx.online],
  );
  return (
    <main class="screen list" id="main">
      <h1>{title}</h1>
      <LoadState loaded={services} retry={retry} t={t}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('list.empty')}</p>
          ) : (
            <>
              <p class="meta">{t('list.count', { count: list.length })}</p>
              <ul class="cards">
                {list.map((s) => (
                  <li key={s.slug}>
                    <button
                      type="button"
                      class="card"
                      data-service={s.slug}
                      onClick={() => go({ name: 'guide', slug: s.slug })}
                    >
                      <span class="card-title">{s.title}</span>
                      <span class="card-summary">{s.summary}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </LoadState>
    </main>
  );
}
