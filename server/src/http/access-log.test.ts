import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { accessLog } from './access-log.ts';
import { requestId } from './request-id.ts';

describe('accessLog', () => {
  it('logs the route pattern, status and id, never the query, path values or client address', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const app = express();
    app.use(requestId, accessLog(pino({ level: 'info' }, sink)));
    app.get('/api/services/:slug', (_req, res) => {
      res.json({});
    });
    await request(app)
      .get('/api/services/secret-slug?q=8032056031')
      .set('X-Forwarded-For', '10.1.2.3')
      .expect(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      method: 'GET',
      route: '/api/services/:slug',
      status: 200,
      msg: 'request',
    });
    expect(typeof lines[0]!.reqId).toBe('string');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('8032056031');
    expect(text).not.toContain('secret-slug');
    expect(text).not.toContain('10.1.2.3');
  });
});
