import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Db } from '../db/client.ts';

export class StorageConflictError extends Error {
  override name = 'StorageConflictError';
}

/**
 * botbuilder Storage over the BotState table: one JSON document per key, with optimistic concurrency like
 * botbuilder's own stores (a write carrying an old eTag fails; `*` or no eTag overwrites).
 */
export class PrismaStorage implements Storage {
  constructor(private readonly db: Db) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys.length) return {};
    const rows = await this.db.botState.findMany({ where: { id: { in: keys } } });
    const items: StoreItems = {};
    for (const row of rows) items[row.id] = { ...(JSON.parse(row.data) as object), eTag: row.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [id, item] of Object.entries(changes)) {
      const { eTag: expected, ...rest } = (item ?? {}) as { eTag?: string };
      const data = JSON.stringify(rest);
      const eTag = randomUUID();
      if (!expected || expected === '*') {
        await this.db.botState.upsert({ where: { id }, create: { id, data, eTag }, update: { data, eTag } });
        continue;
      }
      const { count } = await this.db.botState.updateMany({
        where: { id, eTag: expected },
        data: { data, eTag },
      });
      if (count === 0) throw new StorageConflictError(`storage: eTag conflict writing "${id}"`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.db.botState.deleteMany({ where: { id: { in: keys } } });
  }
}
