import type { Request, RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { rateLimited } from './errors.ts';

/**
 * Per-client request limits. The client address is used only as an in-memory counter key
 * and is never stored or logged.
 */
export function limitRequests(options: {
  windowMs: number;
  limit: number;
  skipSuccessfulRequests?: boolean;
  /** Shared counters (Redis, several nodes); default: this process's memory. */
  store?: Store | undefined;
  /** What to count by (default: the client address); a request it gives no key for is not counted. */
  key?: ((req: Request) => string | undefined) | undefined;
}): RequestHandler {
  const key = options.key;
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    skipSuccessfulRequests: options.skipSuccessfulRequests ?? false,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(rateLimited()),
    // A shared store that is unreachable (Redis away) lets requests through rather than failing them all.
    ...(options.store ? { store: options.store, passOnStoreError: true } : {}),
    ...(key ? { keyGenerator: (req: Request) => key(req) ?? '', skip: (req: Request) => !key(req) } : {}),
  });
}
