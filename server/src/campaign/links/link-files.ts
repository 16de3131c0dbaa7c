import fs from 'node:fs/promises';
import path from 'node:path';
import { shortLinkSchema, type ShortLinkDto } from '@hub/contract';

/**
 * Short links the campaign CLI wrote beside its posters (`<name>.link.json` in DATA_DIR/campaign/posters).
 * Read again when the folder changes (its mtime), validated; a broken file is skipped, never trusted.
 */
export function linkFiles(dir: string) {
  let links = new Map<string, ShortLinkDto>();
  let seen: number | undefined;
  let scanning: Promise<void> | undefined;

  async function scan(): Promise<void> {
    const stamp = await fs.stat(dir).then(
      (s) => s.mtimeMs,
      () => -1,
    );
    if (stamp === seen) return;
    const found = new Map<string, ShortLinkDto>();
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.link.json'))) {
      try {
        const parsed = shortLinkSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')));
        if (parsed.success) found.set(parsed.data.code, parsed.data);
      } catch {
        // unreadable or not JSON: skipped
      }
    }
    links = found;
    seen = stamp;
  }

  return {
    async find(code: string): Promise<ShortLinkDto | undefined> {
      if (!links.has(code)) await (scanning ??= scan().finally(() => (scanning = undefined)));
      return links.get(code);
    },
  };
}
