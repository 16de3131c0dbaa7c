import type { RequestHandler } from 'express';
import type { Logger } from '../logger.ts';

/**
 * One log line per request with the route pattern (never the raw URL, whose query may hold search
 * text), the status and the time taken. No client address, no headers, no bodies.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = req.route ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const level = res.statusCode >= 500 ? 'error' : 'info';
      logger[level](
        { reqId: req.id, method: req.method, route, status: res.statusCode, ms: Math.round(ms) },
        'request',
      );
    });
    next();
  };
}
