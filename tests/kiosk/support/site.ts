import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyticsEventSchema, type AnalyticsEventInput } from '@hub/contract';
import { loadKnowledgeBase } from '@hub/knowledge';
import express from 'express';
import { securityHeaders } from '../../../kiosk/src/main/csp.ts';
import { catalogRouter } from '../../../server/src/api/catalog-routes.ts';
import { withMediaVideos } from '../../../server/src/campaign/media/kb-with-videos.ts';
import { attachFakeRealtime } from './fake-realtime.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const kioskDist = path.join(root, 'dist', 'apps', 'kiosk');

export interface KioskSite {
  baseUrl: string;
  /** Makes the hub API and /healthz unreachable (connections are dropped), or reachable again. */
  setServerDown(down: boolean): void;
  events: AnalyticsEventInput[];
  realtime: ReturnType<typeof attachFakeRealtime>;
  close(): Promise<void>;
}

/** The one guide with a made video here (as the campaign kit's media library would report it). */
export const VIDEO_SLUG = 'death-registration';
const VIDEO_FILES: Record<string, string> = {
  'captions.bg.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nЗдравейте\n',
  'captions.en.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n',
};
const testVideos = {
  video: (slug: string) =>
    slug === VIDEO_SLUG
      ? {
          key: 'test',
          slug,
          duration: 2,
          chapters: [{ step: 1, start: '00:00' }],
          files: { mp4: 'video.mp4', captionsBg: 'captions.bg.vtt', captionsEn: 'captions.en.vtt' },
        }
      : undefined,
};

/**
 * Serves the built kiosk screens with the CSP main sends, the device snapshot (knowledge/dist/kb.json) and the
 * hub's real catalog routes over the built knowledge base, plus /api/events and /healthz.
 */
export async function serveKioskSite(): Promise<KioskSite> {
  let down = false;
  const events: AnalyticsEventInput[] = [];
  const app = express();
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const headers = securityHeaders(baseUrl);
  const realtime = attachFakeRealtime(server);

  const unreachable: express.RequestHandler = (req, _res, next) => {
    if (down) req.socket.destroy();
    else next();
  };
  app.get('/healthz', unreachable, (_req, res) => {
    res.json({ status: 'ok' });
  });
  const api = express.Router();
  api.use(unreachable, express.json());
  api.post('/citizen-token', (_req, res) => {
    res
      .status(201)
      .json({ token: 'anonymous-test-token', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
  });
  api.post('/events', (req, res) => {
    const parsed = analyticsEventSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ code: 'invalid_request', message: parsed.error.message });
      return;
    }
    events.push(parsed.data);
    res.status(202).json({ accepted: true });
  });
  api.use(catalogRouter(withMediaVideos(loadKnowledgeBase(), testVideos)));
  app.use('/api', api);

  app.get('/media/services/:slug/:file', unreachable, (req, res) => {
    const vtt = VIDEO_FILES[String(req.params.file)];
    if (String(req.params.slug) !== VIDEO_SLUG || !vtt) {
      res.status(404).end();
      return;
    }
    res.set('access-control-allow-origin', '*').type('text/vtt').send(vtt);
  });
  app.get('/snapshot.json', (_req, res) => {
    res.type('json').send(fs.readFileSync(path.join(root, 'knowledge', 'dist', 'kb.json')));
  });
  app.use((_req, res, next) => {
    res.set(headers);
    next();
  });
  app.use(express.static(kioskDist, { index: 'index.html' }));

  return {
    baseUrl,
    setServerDown: (value) => {
      down = value;
    },
    events,
    realtime,
    close: () =>
      new Promise((resolve, reject) => {
        void realtime.close();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
