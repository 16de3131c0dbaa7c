import type { ApiError, ErrorCode } from '@hub/contract';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/unavailable.ts';
import { safeError, type Logger } from '../logger.ts';

/** An error with a stable code and the HTTP status that goes with it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toBody(): ApiError {
    return { code: this.code, message: this.message };
  }
}

export const badRequest = (message: string) => new HttpError(400, 'invalid_request', message);
export const unauthorized = (message = 'sign in first') => new HttpError(401, 'unauthorized', message);
export const forbidden = (message = 'not allowed') => new HttpError(403, 'forbidden', message);
export const csrfFailed = () => new HttpError(403, 'csrf_failed', 'missing or wrong x-csrf-token header');
export const notFound = (message = 'not found') => new HttpError(404, 'not_found', message);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);
export const rateLimited = () => new HttpError(429, 'rate_limited', 'too many requests; try again later');
export const unavailable = (message: string) => new HttpError(503, 'unavailable', message);

/** Errors thrown by express's body parsers carry a `type` and a `status`. */
function fromBodyParser(error: unknown): HttpError | null {
  if (typeof error !== 'object' || error === null) return null;
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.too.large') return new HttpError(413, 'payload_too_large', 'request body too large');
  if (type === 'entity.parse.failed') return badRequest('request body is not valid JSON');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported')
    return badRequest('unsupported body encoding');
  return null;
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(notFound(`no such endpoint: ${req.method} ${req.baseUrl}${req.path}`));
};

/** The last handler: answers `{ code, message }`, never a stack trace; logs unexpected errors by request id. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = error instanceof HttpError ? error : fromBodyParser(error);
    if (known) {
      res.status(known.status).json(known.toBody());
      return;
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn({ reqId: req.id, route: req.route?.path }, 'database unavailable');
      res.status(503).set('retry-after', '30').json(unavailable(DATABASE_UNAVAILABLE_MESSAGE).toBody());
      return;
    }
    logger.error({ error: safeError(error), reqId: req.id, route: req.route?.path }, 'unhandled error');
    const body: ApiError = { code: 'internal', message: 'something went wrong on our side' };
    res.status(500).json(body);
  };
}
