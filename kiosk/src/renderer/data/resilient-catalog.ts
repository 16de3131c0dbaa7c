import type { Catalog } from './catalog.ts';
import { ServerUnreachable } from './api-catalog.ts';

export interface Connectivity {
  isOnline(): boolean;
  /** Called when a request to the server failed; the monitor then polls until it answers again. */
  reportFailure(): void;
}

/**
 * Asks the server while it answers; when it does not, answers from the snapshot instead, so a visitor keeps
 * browsing and searching. The snapshot is loaded only when first needed.
 */
export function createResilientCatalog(
  online: Catalog,
  offline: () => Promise<Catalog>,
  connectivity: Connectivity,
): Catalog {
  const attempt = async <T>(fromServer: () => Promise<T>, fromSnapshot: (c: Catalog) => Promise<T>): Promise<T> => {
    if (!connectivity.isOnline()) return fromSnapshot(await offline());
    try {
      return await fromServer();
    } catch (err) {
      if (!(err instanceof ServerUnreachable)) throw err;
      connectivity.reportFailure();
      return fromSnapshot(await offline());
    }
  };
  return {
    lifeEvents: () => attempt(() => online.lifeEvents(), (c) => c.lifeEvents()),
    categories: () => attempt(() => online.categories(), (c) => c.categories()),
    districts: () => attempt(() => online.districts(), (c) => c.districts()),
    services: (f, lang) => attempt(() => online.services(f, lang), (c) => c.services(f, lang)),
    service: (slug, lang) => attempt(() => online.service(slug, lang), (c) => c.service(slug, lang)),
    search: (q, lang) => attempt(() => online.search(q, lang), (c) => c.search(q, lang)),
  };
}
