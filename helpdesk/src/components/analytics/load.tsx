import { useEffect, useState } from 'preact/hooks';
import { useAnalyticsText } from './texts.ts';

/** Loads data when `deps` change (ignoring answers that arrive after a newer request), with a retry. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setFailed(false);
    load().then(
      (d) => live && setData(d),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [...deps, attempt]);
  return { data, failed, retry: () => setAttempt((n) => n + 1) };
}

/** The "could not load / loading" lines shared by the insights views. */
export function LoadState({ failed, loading, retry }: { failed: boolean; loading: boolean; retry(): void }) {
  const { at } = useAnalyticsText();
  return (
    <>
      {failed ? (
        <p class="banner banner-warn" role="alert">
          {at('failed')}{' '}
          <button type="button" class="btn-ghost" onClick={retry}>
            {at('retry')}
          </button>
        </p>
      ) : null}
      {loading && !failed ? (
        <p class="muted" role="status">
          {at('loading')}
        </p>
      ) : null}
    </>
  );
}
