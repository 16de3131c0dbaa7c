// The server package's public surface (for tests and tooling); `npm start` runs main.ts.
export { createApp, type AppDeps, type DirectoryMount, type HubApp } from './app.ts';
export { listen, type RunningHub } from './http-server.ts';
export { startServer, type StartedHub, type StartOptions } from './server.ts';
export { loadConfig, ConfigError } from './config/load.ts';
export type { Config } from './config/schema.ts';
export { createPrismaClient, type Db } from './db/client.ts';
export { migrateDatabase } from './db/migrations/run.ts';
export { createAnalytics, type Analytics } from './analytics/index.ts';
