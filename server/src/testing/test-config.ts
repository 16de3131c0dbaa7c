// Test support: a Config for tests, without touching the environment or the disk.
import type { Config } from '../config/schema.ts';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    host: '127.0.0.1',
    port: 0,
    dataDir: '/nonexistent',
    databaseUrl: 'file:/nonexistent/hub.db',
    databaseProvider: 'sqlite',
    sessionSecret: 's'.repeat(40),
    anonTokenSecret: 'a'.repeat(40),
    corsOrigins: ['https://widget.example'],
    publicOrigin: 'http://localhost:3000',
    logLevel: 'silent',
    trustProxy: false,
    cookieSecure: false,
    sessionTtlHours: 12,
    rateLimitPerMinute: 1000,
    loginAttemptsPer15Min: 5,
    bodyLimit: '10kb',
    ...overrides,
  };
}
