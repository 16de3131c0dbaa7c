// Telling "the database is not reachable" apart from other failures, so that callers answer a clear 503
// `unavailable` at once instead of a generic 500 (and so that logs say what happened).

/**
 * Prisma's codes for a server that cannot be reached, timed out, closed the connection, a full pool, or a
 * transaction that could not start or finish in time (P2028: an overloaded database).
 */
const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);
/**
 * node-postgres's own wording (it sets no code) for a connection that died, one that could not be opened in
 * time, and no pooled connection free in time (an overloaded database: also "unavailable", 503).
 */
const PG_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
];

/**
 * The driver adapter's kinds for the same conditions: a plain SQL statement (`$queryRaw`, used on the chat hot
 * path) reports them under Prisma's generic P2010 with the adapter's error in `meta.driverAdapterError.cause`.
 */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

export const DATABASE_UNAVAILABLE_MESSAGE =
  'the database is not reachable or too busy right now; try again in a minute';

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, message, cause, meta } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  };
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  const kind = meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  if (typeof message === 'string' && PG_MESSAGES.some((m) => message.includes(m))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
