import type { DirectoryDeps, DirectoryEvent } from './deps.ts';

/** Records an analytics event; never throws or rejects, because counting must not break a page. */
export function recordSafely(deps: DirectoryDeps, event: DirectoryEvent): Promise<void> {
  try {
    return deps.recordEvent(event).catch(() => undefined);
  } catch {
    return Promise.resolve();
  }
}

/** Waits for the record at most `ms`, so a slow analytics store cannot hold a citizen at the redirect. */
export function recordWithin(deps: DirectoryDeps, event: DirectoryEvent, ms: number): Promise<void> {
  return Promise.race([
    recordSafely(deps, event),
    new Promise<void>((resolve) => setTimeout(resolve, ms).unref()),
  ]);
}
