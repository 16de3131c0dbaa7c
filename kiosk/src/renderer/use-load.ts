import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error' };

/** Loads once per dependency change (the caller lists them); a late answer for an old request is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      () => current && setResult({ state: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]);
  return [result, () => setAttempt((n) => n + 1)];
}
