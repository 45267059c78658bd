import { createMiddleware } from 'hono/factory';
import type { Logger } from '../../config/logger.js';
import { logSafePath } from './log-safe-path.js';

/** One structured line per request; headers and bodies are never logged (they carry cookies and tokens). */
export function requestLogger(logger: Logger) {
  return createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      { method: c.req.method, path: logSafePath(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
}
