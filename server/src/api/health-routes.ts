import { Router } from 'express';
import type { Registry } from 'prom-client';
import { pingDatabase, type Db } from '../db/client.ts';

export function healthRouter(db: Db, registry: Registry): Router {
  const router = Router();

  router.get('/healthz', async (_req, res) => {
    const database = await pingDatabase(db);
    res
      .status(database ? 200 : 503)
      .json({ status: database ? 'ok' : 'unavailable', database: database ? 'ok' : 'down' });
  });

  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', registry.contentType);
    res.send(await registry.metrics());
  });

  return router;
}
