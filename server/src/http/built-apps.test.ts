import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtApps } from './built-apps.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-apps-'));
  fs.mkdirSync(path.join(dir, 'helpdesk'));
  fs.writeFileSync(path.join(dir, 'helpdesk', 'index.html'), '<!doctype html><title>help desk</title>');
  fs.mkdirSync(path.join(dir, 'widget'));
  fs.writeFileSync(path.join(dir, 'widget', 'widget.js'), 'console.log(1)');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('builtApps', () => {
  const app = () => {
    const a = express();
    a.use('/apps', builtApps(dir));
    a.use((_req, res) => {
      res.status(404).send('fell through');
    });
    return a;
  };

  it('serves an app’s index page and lets only the widget be embedded cross-origin', async () => {
    const page = await request(app()).get('/apps/helpdesk/').expect(200);
    expect(page.text).toContain('help desk');
    expect(page.headers['cross-origin-resource-policy']).toBeUndefined();
    const widget = await request(app()).get('/apps/widget/widget.js').expect(200);
    expect(widget.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('falls through for missing files and does not escape its folder', async () => {
    expect((await request(app()).get('/apps/kiosk/').expect(404)).text).toBe('fell through');
    await request(app())
      .get('/apps/..%2f..%2fetc/passwd')
      .expect((r) => expect([403, 404]).toContain(r.status));
  });
});
