// Without credentials the messenger endpoints are off, each with one clear log line, and answer 404.
import { Writable } from 'node:stream';
import { loadKnowledgeBase } from '@hub/knowledge';
import { createApp } from '@hub/server/src/app.ts';
import { createTestDatabase, type TestDatabase } from '@hub/server/src/db/testing.ts';
import { testConfig } from '@hub/server/src/testing/test-config.ts';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('sqlite');
});
afterAll(async () => {
  await t?.drop();
});

function capture() {
  const lines: { msg: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as { msg: string });
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, stream) };
}

describe('messenger channels without credentials', () => {
  it('are disabled with one log line each and answer 404', async () => {
    const { lines, logger } = capture();
    const { app } = createApp(testConfig({ assistantEnabled: true }), {
      db: t.db,
      kb: loadKnowledgeBase(),
      logger,
    });
    await new Promise((r) => setImmediate(r));
    const messages = lines.map((l) => l.msg);
    expect(messages.filter((m) => /viber channel disabled/.test(m))).toHaveLength(1);
    expect(
      messages.filter((m) => /\/api\/messages disabled: MICROSOFT_APP_ID is not set/.test(m)),
    ).toHaveLength(1);
    await request(app).post('/api/messages').send({ type: 'message' }).expect(404);
    await request(app).post('/api/viber/webhook').send({ event: 'webhook' }).expect(404);
  });

  it('are not mounted at all when the assistant is off', async () => {
    const { lines, logger } = capture();
    const { app, botHost } = createApp(testConfig(), { db: t.db, kb: loadKnowledgeBase(), logger });
    expect(botHost).toBeUndefined();
    expect(lines).toEqual([]);
    await request(app).post('/api/messages').send({ type: 'message' }).expect(404);
  });
});
