// Entry point of `npm start`: one process serving the API, socket.io and the public directory.
import { ConfigError } from './config/load.ts';
import { safeError } from './logger.ts';
import { startServer } from './server.ts';

const SHUTDOWN_GRACE_MS = 10_000;

// Signal handlers come first: a SIGTERM during start-up is held and honoured once the hub is up,
// instead of killing the process half-way (e.g. during a migration).
let hub: Awaited<ReturnType<typeof startServer>> | undefined;
let pending: NodeJS.Signals | undefined;
const shutdown = (signal: NodeJS.Signals) => {
  if (!hub) {
    pending = signal;
    return;
  }
  const running = hub;
  running.logger.info({ signal }, 'signal received');
  const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
  force.unref();
  running.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      running.logger.error({ error: safeError(error) }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);

try {
  hub = await startServer();
  if (pending) shutdown(pending);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  process.stderr.write(
    `The hub server could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}
