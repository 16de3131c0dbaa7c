import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { notFound } from '../../http/errors.ts';
import { GENERIC_OG_CARD, type OgCards } from '../og/og-cards.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** One plain file name: no separators, no leading dot, one of the served types. */
const FILE = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.(mp4|webm|vtt|png|jpg)$/;

export const MEDIA_TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  webm: 'video/webm',
  vtt: 'text/vtt; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
};

/** Media may be regenerated under the same name, so caches revalidate (ETag / Last-Modified) after an hour. */
const MAX_AGE_MS = 3_600_000;

/** The headers every media answer carries: public, cross-origin readable (kiosk, embedding sites), ranged. */
function mediaHeaders(res: Response, ext: string): void {
  res.set({
    'Content-Type': MEDIA_TYPES[ext] ?? 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'X-Content-Type-Options': 'nosniff',
  });
}

function sendMedia(res: Response, root: string, relative: string, ext: string, next: (e?: unknown) => void) {
  mediaHeaders(res, ext);
  res.sendFile(relative, { root, dotfiles: 'deny', maxAge: MAX_AGE_MS, acceptRanges: true }, (err) => {
    if (!err || res.headersSent) return;
    const failure = err as Error & { status?: number; headers?: Record<string, string> };
    // A range beyond the end: 416 with `Content-Range: bytes */<size>` (send puts it in the error).
    if (failure.status === 416)
      return void res
        .status(416)
        .set(failure.headers ?? {})
        .end();
    next(notFound('no such media file'));
  });
}

/**
 * GET /media/<slug>/<file> (and /media/services/<slug>/<file>, the path the guides' `video` field uses):
 * videos, captions and images from DATA_DIR/media with byte ranges (206 / 416, via `send`), ETag and caching.
 * Only `<slug>/<file name>` of the listed types is ever looked up, so no request can leave the folder.
 */
export function mediaRouter(mediaDir: string, og: OgCards): express.Router {
  const router = express.Router();
  const handler = async (req: Request, res: Response, next: (e?: unknown) => void) => {
    const slug = String(req.params.slug);
    const file = String(req.params.file);
    const match = FILE.exec(file);
    if (!SLUG.test(slug) || !match || file.length > 120) return next(notFound('no such media file'));
    const ext = match[1] as string;
    const ogLang = /^og(?:\.(bg|en))?\.png$/.exec(file);
    if (ogLang) {
      const card = await og.file(slug, ogLang[1] === 'en' ? 'en' : 'bg');
      if (!card) return next(notFound('no such page'));
      mediaHeaders(res, 'png');
      // The generic stand-in is kept only briefly, so the guide's own card replaces it soon.
      const maxAge = card.generic ? 300_000 : MAX_AGE_MS;
      return res.sendFile(card.file, { maxAge, acceptRanges: true }, (err) => {
        if (err && !res.headersSent) next(notFound('no such media file'));
      });
    }
    sendMedia(res, mediaDir, path.join(slug, file), ext, next);
  };
  router.get('/media/og.png', (_req, res, next) => {
    mediaHeaders(res, 'png');
    res.sendFile(GENERIC_OG_CARD, { maxAge: MAX_AGE_MS }, (err) => {
      if (err && !res.headersSent) next(notFound('no such media file'));
    });
  });
  router.get('/media/services/:slug/:file', handler);
  router.get('/media/:slug/:file', handler);
  return router;
}
