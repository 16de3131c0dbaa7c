import { shortCode } from '@hub/campaign/src/content/short-link.ts';
import type { CreateShortLink, ShortLinkDto } from '@hub/contract';
import type { Db } from '../../db/client.ts';
import { conflict } from '../../http/errors.ts';
import { linkFiles } from './link-files.ts';

export interface LinkRegistry {
  find(code: string): Promise<ShortLinkDto | undefined>;
  /** Creates the link, or returns the existing one with the same code (the same poster made twice). */
  create(input: CreateShortLink): Promise<{ link: ShortLinkDto; created: boolean }>;
  list(limit?: number): Promise<ShortLinkDto[]>;
}

const pick = (row: ShortLinkDto): ShortLinkDto => ({
  code: row.code,
  target: row.target,
  campaign: row.campaign,
  placement: row.placement,
});

/** Links in the database (made by editors or the poster endpoint), then those the campaign CLI left as files. */
export function linkRegistry(db: Db, postersDir: string): LinkRegistry {
  const files = linkFiles(postersDir);
  return {
    async find(code) {
      const row = await db.shortLink.findUnique({ where: { code } });
      return row ? pick(row) : files.find(code);
    },
    async create(input) {
      // Same derivation as the campaign CLI: a poster made either way carries the same QR code.
      const code = shortCode(input.campaign, input.placement, input.target);
      const existing = async () => {
        const row = await db.shortLink.findUnique({ where: { code } });
        if (!row) return undefined;
        const same =
          row.target === input.target && row.campaign === input.campaign && row.placement === input.placement;
        if (!same) throw conflict('a different link already has this code');
        return { link: pick(row), created: false };
      };
      const found = await existing();
      if (found) return found;
      try {
        return { link: pick(await db.shortLink.create({ data: { code, ...input } })), created: true };
      } catch (error) {
        // Two requests for the same poster at once: the other one created it.
        const raced = await existing();
        if (raced) return raced;
        throw error;
      }
    },
    async list(limit = 500) {
      const rows = await db.shortLink.findMany({ orderBy: { createdAt: 'desc' }, take: limit });
      return rows.map(pick);
    },
  };
}
