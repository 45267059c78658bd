import { createMiddleware } from 'hono/factory';
import { AppError } from '../../domain/app-error.js';
import { tokensEqual } from '../operations/session-token.js';
import type { AuthEnv } from './session.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * State-changing requests must come from an allowed origin (when the browser says where it is) and,
 * inside a session, carry the session's CSRF token in a header a cross-site form cannot set.
 */
export function csrfProtection(options: { allowedOrigins: string[]; tokenExemptPaths: string[] }) {
  const allowed = new Set(options.allowedOrigins.map((o) => new URL(o).origin));
  return createMiddleware<AuthEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin && !allowed.has(origin)) {
      throw new AppError('csrf_failed', `Requests from ${origin} are not allowed.`);
    }
    const auth = c.var.auth;
    // Signing in again over a stale session must work; the origin check above still guards it.
    if (auth && !options.tokenExemptPaths.includes(c.req.path)) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!tokensEqual(sent, auth.csrfToken)) {
        throw new AppError('csrf_failed', `Missing or wrong ${CSRF_HEADER} header.`);
      }
    }
    await next();
  });
}
