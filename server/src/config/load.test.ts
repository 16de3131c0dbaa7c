import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-config-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('loadConfig', () => {
  it('applies defaults: port 3000, SQLite in DATA_DIR/hub.db, generated secrets', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.port).toBe(3000);
    expect(config.databaseProvider).toBe('sqlite');
    expect(config.databaseUrl).toBe(`file:${path.join(dataDir, 'hub.db')}`);
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.anonTokenSecret).not.toBe(config.sessionSecret);
    expect(config.publicOrigin).toBe('http://localhost:3000');
    expect(config.cookieSecure).toBe(false);
  });

  it('persists generated secrets so a restart keeps them, readable by the owner only', () => {
    const first = loadConfig({ DATA_DIR: dataDir });
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(second.sessionSecret).toBe(first.sessionSecret);
    expect(second.anonTokenSecret).toBe(first.anonTokenSecret);
    const mode = fs.statSync(path.join(dataDir, 'secrets.json')).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('uses given secrets and does not write a secrets file', () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      SESSION_SECRET: 's'.repeat(32),
      ANON_TOKEN_SECRET: 'a'.repeat(40),
    });
    expect(config.sessionSecret).toBe('s'.repeat(32));
    expect(fs.existsSync(path.join(dataDir, 'secrets.json'))).toBe(false);
  });

  it('switches to PostgreSQL on a postgresql:// URL and parses lists', () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test',
      CORS_ORIGINS: 'https://a.example, https://b.example:8443',
      TRUST_PROXY: '1',
      NODE_ENV: 'production',
    });
    expect(config.databaseProvider).toBe('postgresql');
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(config.trustProxy).toBe(1);
    expect(config.cookieSecure).toBe(true);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({
        DATA_DIR: dataDir,
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        SESSION_SECRET: 'short',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]).sort();
    expect(problems).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'SESSION_SECRET']);
    expect((error as ConfigError).message).toContain('PORT');
  });

  it('rejects an origin with a path', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, CORS_ORIGINS: 'https://a.example/app' })).toThrow(
      /CORS_ORIGINS/,
    );
  });
});

describe('loadConfig with several bad lists', () => {
  it('reports a malformed CORS origin as a problem, not a crash', () => {
    expect(() =>
      loadConfig({ DATA_DIR: '/tmp/unused-hub', CORS_ORIGINS: 'not a url, https://ok.example' }),
    ).toThrow(ConfigError);
  });
});
