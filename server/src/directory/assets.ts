import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response } from 'express';

export const ASSET_PREFIX = '/static/directory';
const assetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

interface Asset {
  body: string;
  file: string;
  /** Fingerprinted URL: the content hash in the name lets browsers cache it for a year. */
  url: string;
}

function load(name: string, ext: string): Asset {
  const body = fs.readFileSync(path.join(assetsDir, `${name}.${ext}`), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const file = `${name}.${hash}.${ext}`;
  return { body, file, url: `${ASSET_PREFIX}/${file}` };
}

export const stylesheets = { site: load('site', 'css'), print: load('print', 'css') };
export const favicon = load('icon', 'svg');

const byFile = new Map([...Object.values(stylesheets), favicon].map((a) => [a.file, a]));

/** Serves the fingerprinted assets (route `${ASSET_PREFIX}/:file`); other names fall through to a 404. */
export function serveAsset(req: Request, res: Response, next: () => void): void {
  const asset = byFile.get(String(req.params.file));
  if (!asset) return next();
  res.set('Cache-Control', 'public, max-age=31536000, immutable');
  res.type(path.extname(asset.file)).send(asset.body);
}
