import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '@hub/knowledge';
import type { RequestHandler } from 'express';

interface Snapshot {
  body: string;
  etag: string;
}
const cache = new WeakMap<KnowledgeBase, Snapshot>();

/** The knowledge data in knowledge/dist/kb.json's shape (no search index: kiosks search the snapshot locally). */
export function snapshotOf(kb: KnowledgeBase): Snapshot {
  let snapshot = cache.get(kb);
  if (!snapshot) {
    const { builtAt, services, districts, categories, lifeEvents } = kb;
    const body = JSON.stringify({ builtAt, services, districts, categories, lifeEvents });
    snapshot = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    cache.set(kb, snapshot);
  }
  return snapshot;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** GET /api/kiosk/snapshot: public data with a strong ETag, so a kiosk downloads it only when it changed. */
export function snapshotHandler(kb: () => KnowledgeBase): RequestHandler {
  return (req, res) => {
    const { body, etag } = snapshotOf(kb());
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    if (matches(req.get('if-none-match'), etag)) {
      res.status(304).end();
      return;
    }
    res.type('application/json').send(body);
  };
}
