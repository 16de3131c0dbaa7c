// Publishing on one node reaches another node through the Redis-backed cluster bus (REDIS_URL mode): the other
// node swaps its knowledge base and answers the new question, with no restart. Needs Redis on 127.0.0.1:6379.
import { randomUUID } from 'node:crypto';
import { loadKnowledgeBase } from '@hub/knowledge';
import { createApp, type HubApp } from '@hub/server/src/app.ts';
import { redisCluster, type RedisCluster } from '@hub/server/src/cluster/redis.ts';
import { createLogger } from '@hub/server/src/logger.ts';
import { testConfig } from '@hub/server/src/testing/test-config.ts';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishChange, startEditorHub, withBgAliases, type EditorHub } from './support.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SLUG = 'waste-fee-payment';
const QUESTION = 'такса за кофите пред блока';

let a: EditorHub;
let b: HubApp;
const clusters: RedisCluster[] = [];

beforeAll(async () => {
  const prefix = `test-editor-${randomUUID().slice(0, 8)}:`;
  const [one, two] = await Promise.all([
    redisCluster({ url: REDIS_URL, prefix }),
    redisCluster({ url: REDIS_URL, prefix }),
  ]);
  clusters.push(one, two);
  a = await startEditorHub({}, { cluster: one });
  b = createApp(testConfig(), {
    db: a.t.db,
    kb: loadKnowledgeBase(),
    logger: createLogger('silent'),
    cluster: two,
  });
  await b.editor.ready;
});
afterAll(async () => {
  await a?.close();
  for (const c of clusters) await c.close();
});

const topOn = async (app: Parameters<typeof request>[0], q: string) =>
  (
    await request(app)
      .get(`/api/search?q=${encodeURIComponent(q)}`)
      .expect(200)
  ).body.results[0]?.slug as string;

describe('publishing across nodes through Redis', () => {
  it('the other node answers the new question once the bus message arrives', async () => {
    expect(a.hub.hub.cluster.nodeId).not.toBe(b.cluster.nodeId);
    expect(await topOn(b.app, QUESTION)).not.toBe(SLUG);
    const [eva, emil] = [await a.as('eva'), await a.as('emil')];
    const published = await publishChange(eva, emil, SLUG, (s) => ({
      ...s,
      bg: withBgAliases(s.bg, [QUESTION]),
    }));
    expect(await topOn(a.hub.url, QUESTION)).toBe(SLUG);
    await expect.poll(() => b.kb.appliedRevision(SLUG), { timeout: 10_000, interval: 50 }).toBe(published.id);
    expect(await topOn(b.app, QUESTION)).toBe(SLUG);
  });
});
