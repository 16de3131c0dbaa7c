import type { Logger } from './logger.ts';

export interface SnapshotRefreshOptions {
  /** The hub's snapshot endpoint: GET /api/kiosk/snapshot (knowledge/dist/kb.json's shape, with an ETag). */
  url: string;
  /** The device copy served as app://kiosk/snapshot.json. */
  target: string;
  fetch: typeof fetch;
  writeFile(file: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  logger: Logger;
  /** Remembers the ETag of the copy in place, so an unchanged snapshot is not downloaded again (304). */
  cache?: { etag?: string };
}

/** The least a snapshot must look like before it replaces the one the kiosk falls back on. */
export function looksLikeSnapshot(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.builtAt === 'string' &&
    Array.isArray(v.services) &&
    v.services.length > 0 &&
    Array.isArray(v.districts) &&
    Array.isArray(v.categories) &&
    Array.isArray(v.lifeEvents)
  );
}

/**
 * Downloads a fresh knowledge snapshot while online and swaps it in atomically, so the device copy is never half
 * written. Any failure keeps the previous copy (or the bundled one).
 */
export async function refreshSnapshot(o: SnapshotRefreshOptions): Promise<boolean> {
  try {
    const etag = o.cache?.etag;
    const res = await o.fetch(o.url, {
      signal: AbortSignal.timeout(30_000),
      ...(etag ? { headers: { 'If-None-Match': etag } } : {}),
    });
    if (res.status === 304) return false;
    if (!res.ok) {
      o.logger.warn('snapshot not refreshed', { status: res.status });
      return false;
    }
    const text = await res.text();
    if (!looksLikeSnapshot(JSON.parse(text))) {
      o.logger.warn('snapshot not refreshed: unexpected content');
      return false;
    }
    const temp = `${o.target}.download`;
    await o.writeFile(temp, text);
    await o.rename(temp, o.target);
    if (o.cache) o.cache.etag = res.headers.get('etag') ?? undefined;
    o.logger.info('snapshot refreshed', { bytes: text.length });
    return true;
  } catch {
    o.logger.warn('snapshot not refreshed: server unreachable or invalid JSON');
    return false;
  }
}
