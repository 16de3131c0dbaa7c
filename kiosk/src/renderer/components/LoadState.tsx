import type { ComponentChildren } from 'preact';
import type { Translate } from '../i18n.ts';
import type { Loaded } from '../use-load.ts';

export function LoadState<T>({
  loaded,
  retry,
  t,
  children,
}: {
  loaded: Loaded<T>;
  retry(): void;
  t: Translate;
  children: (value: T) => ComponentChildren;
}) {
  if (loaded.state === 'loading') return <p class="loading">{t('loading')}</p>;
  if (loaded.state === 'error')
    return (
      <div class="notice">
        <p>{t('error.load')}</p>
        <button type="button" class="button" onClick={retry}>
          {t('error.retry')}
        </button>
      </div>
    );
  return <>{children(loaded.value)}</>;
}
